package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.Workload;

/** A client that calls on the calling thread and returns when the answer is read. */
interface BlockingContender extends Contender {
  /**
   * Makes one call and reads its answer.
   *
   * @param workload what to call
   * @throws Exception if the call did not succeed
   */
  void call(Workload workload) throws Exception;
}
