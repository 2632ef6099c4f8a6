package org.sanshe.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

/**
 * Validation throughput of credit codes and resident ID numbers (issue 2: at least 40 million
 * validations per second on one core, allocation-free for valid input). Run with {@code -prof gc}
 * to see the allocation rate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdentifierValidationBenchmark {

  /** Valid credit codes from public registers. */
  private final String[] codes = {
    "53100000500019795A", "53100000MJ0065081R", "51100000500009247D", "52310107MJ5075334L",
    "53320000509158062X", "51310110501144395U", "91110000600037341L", "12440300455752807L"
  };

  /** Synthetic resident ID numbers with correct check characters (no real person). */
  private final String[] residents = new String[8];

  /** Builds synthetic resident numbers. */
  public IdentifierValidationBenchmark() {
    String[] bodies = {
      "32011419500101001", "32040219620315002", "33041119751231003", "11010119800229004",
      "44030019991001005", "31011020000101006", "32011420101010007", "51010719450707008"
    };
    for (int i = 0; i < bodies.length; i++) {
      residents[i] = bodies[i] + ResidentIdNumber.checkCharacter(bodies[i]);
    }
  }

  /**
   * Validates eight credit codes.
   *
   * @return the count of valid ones, consumed by JMH
   */
  @Benchmark
  @OperationsPerInvocation(8)
  public int unifiedSocialCreditCode() {
    int valid = 0;
    for (String c : codes) {
      if (UnifiedSocialCreditCode.isValid(c)) {
        valid++;
      }
    }
    return valid;
  }

  /**
   * Validates eight resident ID numbers.
   *
   * @return the count of valid ones
   */
  @Benchmark
  @OperationsPerInvocation(8)
  public int residentIdNumber() {
    int valid = 0;
    for (String r : residents) {
      if (ResidentIdNumber.isValid(r)) {
        valid++;
      }
    }
    return valid;
  }
}
