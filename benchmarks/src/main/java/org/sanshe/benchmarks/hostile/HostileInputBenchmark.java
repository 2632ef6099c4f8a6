package org.sanshe.benchmarks.hostile;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.division.Division;
import org.sanshe.core.satisfaction.instrument.Weight;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.credit.TimeCredit;

/**
 * How long a hostile megabyte (or a tiny number with a huge exponent) takes to be refused (issue
 * 14: at most 1 ms). Each benchmark returns the refusal, so the cost includes building the coded
 * exception and its stack trace.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HostileInputBenchmark {

  /** A megabyte of ASCII digits. */
  private final String megaDigits = "9".repeat(1 << 20);

  /** A megabyte of Chinese characters. */
  private final String megaName = "社".repeat(1 << 20);

  private static final DivisionCode COMMUNITY = DivisionCode.parse("320114001001");

  private static Object refusal(Supplier<Object> call) {
    try {
      return call.get();
    } catch (SansheException e) {
      return e;
    }
  }

  /**
   * {@code Fraction.parse} of a megabyte of digits.
   *
   * @return the refusal
   */
  @Benchmark
  public Object fractionMegabyte() {
    return refusal(() -> Fraction.parse(megaDigits));
  }

  /**
   * {@code Fraction.parse("1e100000000")}: 11 characters that once ran for seconds.
   *
   * @return the refusal
   */
  @Benchmark
  public Object fractionHugeExponent() {
    return refusal(() -> Fraction.parse("1e100000000"));
  }

  /**
   * {@code Money.parse} of a megabyte of digits.
   *
   * @return the refusal
   */
  @Benchmark
  public Object moneyMegabyte() {
    return refusal(() -> Money.parse(megaDigits));
  }

  /**
   * {@code Weight.parse} of a megabyte of digits (16 s before).
   *
   * @return the refusal
   */
  @Benchmark
  public Object weightMegabyte() {
    return refusal(() -> Weight.parse(megaDigits));
  }

  /**
   * {@code FloorArea.parse} of a megabyte of digits (more than 5 s before).
   *
   * @return the refusal
   */
  @Benchmark
  public Object floorAreaMegabyte() {
    return refusal(() -> FloorArea.parse(megaDigits));
  }

  /**
   * {@code TimeCredit.parse} of a megabyte of digits.
   *
   * @return the refusal
   */
  @Benchmark
  public Object timeCreditMegabyte() {
    return refusal(() -> TimeCredit.parse(megaDigits));
  }

  /**
   * A division named in a megabyte (the registry's name check).
   *
   * @return the refusal
   */
  @Benchmark
  public Object divisionNameMegabyte() {
    return refusal(() -> Division.of(COMMUNITY, megaName));
  }

  /**
   * A reporter named in a megabyte (the affairs text check).
   *
   * @return the refusal
   */
  @Benchmark
  public Object reporterNameMegabyte() {
    return refusal(() -> Reporter.of(megaName, null));
  }

  /**
   * A matter id of a megabyte.
   *
   * @return the refusal
   */
  @Benchmark
  public Object matterIdMegabyte() {
    return refusal(() -> MatterId.of(megaName));
  }

  /**
   * An account id of a megabyte.
   *
   * @return the refusal
   */
  @Benchmark
  public Object accountIdMegabyte() {
    return refusal(() -> AccountId.of(megaName));
  }
}
