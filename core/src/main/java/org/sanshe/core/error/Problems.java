package org.sanshe.core.error;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable list of {@link Problem}s, so that an importer can report every bad row at once
 * instead of stopping at the first. Build one with {@link #builder()}; the builder is not
 * thread-safe, the built value is.
 */
public final class Problems implements Iterable<Problem> {

  private static final Problems NONE = new Problems(List.of());

  private final List<Problem> list;

  private Problems(List<Problem> list) {
    this.list = list;
  }

  /**
   * Returns the empty list of problems.
   *
   * @return no problems
   */
  public static Problems none() {
    return NONE;
  }

  /**
   * Starts collecting problems.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns all problems in the order they were found.
   *
   * @return an unmodifiable list
   */
  public List<Problem> all() {
    return list;
  }

  /**
   * Returns the errors only.
   *
   * @return an unmodifiable list
   */
  public List<Problem> errors() {
    return list.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
  }

  /**
   * Returns the warnings only.
   *
   * @return an unmodifiable list
   */
  public List<Problem> warnings() {
    return list.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
  }

  /**
   * Tells whether any problem is an error.
   *
   * @return true when the input must be refused
   */
  public boolean hasErrors() {
    return list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  /**
   * Tells whether there is no problem at all.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * Throws an {@link InvalidInputException} carrying these problems when any is an error.
   *
   * @throws InvalidInputException if {@link #hasErrors()}
   */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new InvalidInputException(this);
    }
  }

  @Override
  public Iterator<Problem> iterator() {
    return list.iterator();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problems other && list.equals(other.list);
  }

  @Override
  public int hashCode() {
    return list.hashCode();
  }

  @Override
  public String toString() {
    return "Problems" + list;
  }

  /** Collects problems; not thread-safe. */
  public static final class Builder {
    private final List<Problem> list = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a problem.
     *
     * @param problem the problem, not null
     * @return this builder
     */
    public Builder add(Problem problem) {
      list.add(Objects.requireNonNull(problem, "problem"));
      return this;
    }

    /**
     * Adds an error stated by an exception.
     *
     * @param path where it is
     * @param exception the exception
     * @return this builder
     */
    public Builder add(String path, SansheException exception) {
      if (exception instanceof InvalidInputException nested) {
        for (Problem p : nested.problems()) {
          String inner =
              p.path().isEmpty() ? path : path + (p.path().startsWith("[") ? "" : ".") + p.path();
          list.add(new Problem(inner, p.severity(), p.errorCode(), p.arguments()));
        }
        return this;
      }
      return add(Problem.of(path, exception));
    }

    /**
     * Adds all problems of another list.
     *
     * @param problems the problems
     * @return this builder
     */
    public Builder addAll(Problems problems) {
      list.addAll(problems.all());
      return this;
    }

    /**
     * Tells whether any error was collected so far.
     *
     * @return true if an error was added
     */
    public boolean hasErrors() {
      return list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /**
     * Builds the immutable list.
     *
     * @return the problems
     */
    public Problems build() {
      return list.isEmpty() ? NONE : new Problems(List.copyOf(list));
    }
  }
}
