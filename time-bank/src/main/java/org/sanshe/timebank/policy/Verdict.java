package org.sanshe.timebank.policy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sanshe.core.error.MessageCatalog;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * The answer of a rule: permitted, or refused with the code and arguments that say why. Immutable.
 */
public sealed interface Verdict {

  /**
   * Returns the permission.
   *
   * @param reason why, in English
   * @return the decision
   */
  static Verdict permitted(String reason) {
    return new Permitted(reason);
  }

  /**
   * Returns a refusal.
   *
   * @param code the code, not null
   * @param arguments the message arguments, free of personal data
   * @return the decision
   */
  static Verdict refused(TimeBankError code, Object... arguments) {
    return new Refused(code, List.of(arguments));
  }

  /**
   * Tells whether the rule permits.
   *
   * @return true if permitted
   */
  boolean isPermitted();

  /**
   * Explains the decision in English.
   *
   * @return the explanation
   */
  String explain();

  /**
   * Throws the refusal as an exception; does nothing when permitted.
   *
   * @throws TimeBankException carrying the refusal's code
   */
  default void orThrow() {
    if (this instanceof Refused r) {
      throw new TimeBankException(r.code(), r.arguments().toArray());
    }
  }

  /**
   * Permitted.
   *
   * @param reason why, in English
   */
  record Permitted(String reason) implements Verdict {
    /**
     * Checks for null.
     *
     * @throws NullPointerException if reason is null
     */
    public Permitted {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean isPermitted() {
      return true;
    }

    @Override
    public String explain() {
      return reason;
    }
  }

  /**
   * Refused.
   *
   * @param code the code
   * @param arguments the message arguments
   */
  record Refused(TimeBankError code, List<Object> arguments) implements Verdict {
    /**
     * Checks for nulls and copies the arguments.
     *
     * @throws NullPointerException if a component is null
     */
    public Refused {
      Objects.requireNonNull(code, "code");
      arguments = List.copyOf(arguments);
    }

    @Override
    public boolean isPermitted() {
      return false;
    }

    @Override
    public String explain() {
      return "[" + code + "] " + MessageCatalog.format(code.template(Locale.ENGLISH), arguments);
    }
  }
}
