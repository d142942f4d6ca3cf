package dev.sivi4j.benchmarks.load;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU time of this process. Per call it is a steadier figure than throughput on a busy machine: other
 * processes slow the run down but do not add to its CPU time. The server's share is the same for
 * both contenders of a row, so the difference between them is the clients'.
 */
final class ProcessCpu {
  private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

  private ProcessCpu() {}

  /** CPU nanoseconds used so far, or 0 where the JVM cannot tell. */
  static long nanos() {
    if (OS instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }
}
