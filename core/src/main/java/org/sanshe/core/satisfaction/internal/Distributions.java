package org.sanshe.core.satisfaction.internal;

/**
 * Quantiles of the standard normal and Student's t distributions, written here so that scoring
 * needs no statistics library.
 *
 * <p>The normal quantile starts from Acklam's rational approximation (relative error about 1e-9)
 * and takes one Halley step on an error function computed from the regularized incomplete gamma
 * function, which brings it to double precision. The t quantile inverts the t distribution
 * function, written with the regularized incomplete beta function (continued fraction, modified
 * Lentz), by safeguarded Newton steps inside a bracket; for very many degrees of freedom it uses
 * the Cornish-Fisher expansion around the normal quantile. Stateless and thread-safe. Not exported.
 */
public final class Distributions {

  private static final double EPSILON = 1e-16;
  private static final double TINY = 1e-300;
  private static final int MAX_ITERATIONS = 100_000;
  private static final double LARGE_DEGREES = 1e5;

  // Acklam's published coefficients for the inverse normal distribution function.
  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };
  private static final double P_LOW = 0.02425;

  // Lanczos approximation, g = 7, nine coefficients.
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private Distributions() {}

  /**
   * Returns the p-quantile of the standard normal distribution.
   *
   * @param p a probability strictly between 0 and 1
   * @return z with P(Z &lt;= z) = p
   * @throws IllegalArgumentException if p is not strictly between 0 and 1
   */
  public static double normalQuantile(double p) {
    checkProbability(p);
    double x;
    if (p < P_LOW) {
      double q = Math.sqrt(-2 * Math.log(p));
      x =
          (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else if (p <= 1 - P_LOW) {
      double q = p - 0.5;
      double r = q * q;
      x =
          (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
              * q
              / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      x =
          -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    // One Halley step on F(x) - p, with F from the complementary error function.
    double e = p <= 0.5 ? normalCdf(x) - p : (1 - p) - normalUpperTail(x);
    double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
    return x - u / (1 + x * u / 2);
  }

  /**
   * Returns P(Z &lt;= x) for a standard normal Z.
   *
   * @param x any finite number
   * @return the probability
   */
  public static double normalCdf(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  private static double normalUpperTail(double x) {
    return 0.5 * erfc(x / Math.sqrt(2));
  }

  /**
   * Returns the complementary error function.
   *
   * @param x any finite number
   * @return erfc(x), between 0 and 2
   */
  public static double erfc(double x) {
    double x2 = x * x;
    if (x >= 0) {
      return regularizedGammaQ(0.5, x2);
    }
    return 1 + regularizedGammaP(0.5, x2);
  }

  /**
   * Returns the p-quantile of Student's t distribution.
   *
   * @param p a probability strictly between 0 and 1
   * @param degreesOfFreedom positive degrees of freedom
   * @return t with P(T &lt;= t) = p
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double tQuantile(double p, double degreesOfFreedom) {
    checkProbability(p);
    if (!(degreesOfFreedom > 0) || Double.isInfinite(degreesOfFreedom)) {
      throw new IllegalArgumentException("degrees of freedom must be positive and finite");
    }
    if (p == 0.5) {
      return 0;
    }
    if (p < 0.5) {
      return -upperQuantile(p, degreesOfFreedom);
    }
    return upperQuantile(1 - p, degreesOfFreedom);
  }

  /** Returns t &gt; 0 with P(T &gt; t) = tail, for tail &lt; 0.5. */
  private static double upperQuantile(double tail, double nu) {
    double z = normalQuantile(1 - tail);
    if (nu >= LARGE_DEGREES) {
      return cornishFisher(z, nu);
    }
    double lo = 0;
    double hi = Math.max(1, cornishFisher(z, nu));
    while (tTail(hi, nu) > tail) {
      lo = hi;
      hi *= 2;
    }
    double t = Math.min(Math.max(cornishFisher(z, nu), lo), hi);
    for (int i = 0; i < 200; i++) {
      double f = tTail(t, nu) - tail; // decreasing in t
      if (f > 0) {
        lo = t;
      } else {
        hi = t;
      }
      double next = t + f / tDensity(t, nu);
      if (!(next > lo && next < hi)) {
        next = (lo + hi) / 2;
      }
      if (Math.abs(next - t) <= 1e-14 * Math.max(1, Math.abs(t))) {
        return next;
      }
      t = next;
    }
    return t;
  }

  private static double cornishFisher(double z, double nu) {
    double z2 = z * z;
    double z3 = z2 * z;
    double z5 = z3 * z2;
    double z7 = z5 * z2;
    double z9 = z7 * z2;
    return z
        + (z3 + z) / (4 * nu)
        + (5 * z5 + 16 * z3 + 3 * z) / (96 * nu * nu)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * nu * nu * nu)
        + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * nu * nu * nu * nu);
  }

  /**
   * Returns P(T &gt; t) for t &gt;= 0 and Student's t with the given degrees of freedom.
   *
   * @param t a non-negative number
   * @param nu the degrees of freedom
   * @return the upper tail probability
   */
  public static double tTail(double t, double nu) {
    double x = nu / (nu + t * t);
    return 0.5 * regularizedBeta(x, nu / 2, 0.5);
  }

  private static double tDensity(double t, double nu) {
    double logC = logGamma((nu + 1) / 2) - logGamma(nu / 2) - 0.5 * Math.log(nu * Math.PI);
    return Math.exp(logC - (nu + 1) / 2 * Math.log1p(t * t / nu));
  }

  /**
   * Returns the natural logarithm of the gamma function.
   *
   * @param x a positive number
   * @return ln Γ(x)
   */
  public static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double y = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (y + i);
    }
    double t = y + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /**
   * Returns the regularized incomplete beta function I_x(a, b).
   *
   * @param x a number from 0 to 1
   * @param a a positive shape
   * @param b a positive shape
   * @return I_x(a, b), from 0 to 1
   */
  public static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double logFront =
        logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(logFront) * betaFraction(x, a, b) / a;
    }
    return 1 - Math.exp(logFront) * betaFraction(1 - x, b, a) / b;
  }

  /** The continued fraction of the incomplete beta function, by the modified Lentz method. */
  private static double betaFraction(double x, double a, double b) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    d = Math.abs(d) < TINY ? TINY : d;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < TINY ? TINY : d;
      c = 1 + aa / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < TINY ? TINY : d;
      c = 1 + aa / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return h;
  }

  /**
   * Returns the regularized lower incomplete gamma function P(a, x).
   *
   * @param a a positive shape
   * @param x a non-negative number
   * @return P(a, x)
   */
  public static double regularizedGammaP(double a, double x) {
    if (x <= 0) {
      return 0;
    }
    if (x < a + 1) {
      return gammaSeries(a, x);
    }
    return 1 - gammaFraction(a, x);
  }

  /**
   * Returns the regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x).
   *
   * @param a a positive shape
   * @param x a non-negative number
   * @return Q(a, x)
   */
  public static double regularizedGammaQ(double a, double x) {
    if (x <= 0) {
      return 1;
    }
    if (x < a + 1) {
      return 1 - gammaSeries(a, x);
    }
    return gammaFraction(a, x);
  }

  private static double gammaSeries(double a, double x) {
    double term = 1 / a;
    double sum = term;
    for (int n = 1; n <= MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        break;
      }
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }

  private static double gammaFraction(double a, double x) {
    double b = x + 1 - a;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i <= MAX_ITERATIONS; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < TINY ? TINY : d;
      c = b + an / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
  }

  private static void checkProbability(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("probability must be strictly between 0 and 1");
    }
  }
}
