package dev.sivi4j.testkit.internal.engine;

import java.time.Instant;

/**
 * What the backdoor shows of a master account's credit pool.
 *
 * @param creditsPerCycle the credits granted each cycle
 * @param usedCredits used in the current cycle
 * @param cycleStart when the current cycle started
 * @param cycleEnd when it ends
 */
public record PoolView(long creditsPerCycle, long usedCredits, Instant cycleStart, Instant cycleEnd) {}
