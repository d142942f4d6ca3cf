package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.Workload;
import io.vertx.core.Future;

/** A client that calls without blocking and completes a Vert.x future when the answer is read. */
interface AsyncContender extends Contender {
  /**
   * Starts one call.
   *
   * @param workload what to call
   * @return completes when the answer is read, fails if the call did not succeed
   */
  Future<?> call(Workload workload);
}
