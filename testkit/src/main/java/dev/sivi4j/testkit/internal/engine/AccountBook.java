package dev.sivi4j.testkit.internal.engine;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** The master accounts of one fake, by id and by key. */
final class AccountBook {
  private final Map<String, MasterAccount> byId = new ConcurrentHashMap<>();
  private final Map<String, MasterAccount> byKey = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  String nextId() {
    return "acct-" + next.incrementAndGet();
  }

  /** Adds an account; fails if its key is already taken. */
  synchronized void add(MasterAccount account) {
    if (byKey.containsKey(account.secret)) {
      throw new IllegalArgumentException("secret is already the key of another account of this fake");
    }
    byKey.put(account.secret, account);
    byId.put(account.accountId, account);
  }

  @Nullable MasterAccount byKey(@Nullable String key) {
    return key == null ? null : byKey.get(key);
  }

  MasterAccount byId(String accountId) {
    MasterAccount account = byId.get(accountId);
    if (account == null) {
      throw new IllegalArgumentException("account " + accountId + " does not belong to this fake");
    }
    return account;
  }

  Collection<MasterAccount> all() {
    return byId.values();
  }
}
