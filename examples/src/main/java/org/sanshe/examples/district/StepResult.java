package org.sanshe.examples.district;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one step of the scenario found: a table, key figures, notes explaining them to a first-time
 * reader, the expectations it checked, and an error if it stopped early. Immutable.
 *
 * @param number the step's position, from 1
 * @param key a stable machine name, such as {@code owners-vote}
 * @param title the English heading
 * @param titleZh the Chinese heading
 * @param columns the table's column headings
 * @param rows the table's rows, each as long as {@code columns}
 * @param figures key figures in print order
 * @param notes one-line explanations of what the figures mean, in print order
 * @param checks the expectations and whether each held
 * @param error why the step stopped, if it did
 */
public record StepResult(
    int number,
    String key,
    String title,
    String titleZh,
    List<String> columns,
    List<List<String>> rows,
    Map<String, String> figures,
    List<String> notes,
    List<Check> checks,
    Optional<String> error) {

  /**
   * One expectation of a step.
   *
   * @param description what was expected
   * @param passed whether it held
   */
  public record Check(String description, boolean passed) {

    /**
     * Checks for null.
     *
     * @throws NullPointerException if the description is null
     */
    public Check {
      Objects.requireNonNull(description, "description");
    }
  }

  /**
   * Copies the collections.
   *
   * @throws NullPointerException if any argument is null
   */
  public StepResult {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(titleZh, "titleZh");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    notes = List.copyOf(notes);
    checks = List.copyOf(checks);
    Objects.requireNonNull(error, "error");
  }

  /**
   * Returns whether the step passed: no error, at least one check, and every check held.
   *
   * @return true if OK
   */
  public boolean ok() {
    return error.isEmpty() && !checks.isEmpty() && checks.stream().allMatch(Check::passed);
  }

  /**
   * Returns the status word printed in the report.
   *
   * @return {@code OK} or {@code FAILED}
   */
  public String status() {
    return ok() ? "OK" : "FAILED";
  }

  /** Collects a step's findings while it runs. Not thread-safe. */
  public static final class Builder {
    private final List<String> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private String error;

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets the table's column headings.
     *
     * @param headings the headings, not null
     * @return this builder
     */
    public Builder columns(String... headings) {
      columns.clear();
      columns.addAll(List.of(headings));
      return this;
    }

    /**
     * Adds a table row.
     *
     * @param cells one value per column, printed with {@code String.valueOf}
     * @return this builder
     * @throws IllegalArgumentException if the row's length differs from the columns'
     */
    public Builder row(Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException(
            "row of " + cells.length + " cells for " + columns.size() + " columns");
      }
      List<String> row = new ArrayList<>();
      for (Object cell : cells) {
        row.add(String.valueOf(cell));
      }
      rows.add(row);
      return this;
    }

    /**
     * Records a key figure.
     *
     * @param name the figure's name, not null
     * @param value its value, printed with {@code String.valueOf}
     * @return this builder
     */
    public Builder figure(String name, Object value) {
      figures.put(Objects.requireNonNull(name, "name"), String.valueOf(value));
      return this;
    }

    /**
     * Adds a one-line explanation for a reader who meets the step's figures for the first time.
     *
     * @param text the explanation, one line, not null
     * @return this builder
     * @throws IllegalArgumentException if the text spans several lines
     */
    public Builder note(String text) {
      Objects.requireNonNull(text, "text");
      if (text.contains("\n")) {
        throw new IllegalArgumentException("a note is one line");
      }
      notes.add(text);
      return this;
    }

    /**
     * Records an expectation.
     *
     * @param description what was expected, not null
     * @param passed whether it held
     * @return this builder
     */
    public Builder check(String description, boolean passed) {
      checks.add(new Check(description, passed));
      return this;
    }

    /**
     * Records that the step stopped on an error.
     *
     * @param message the error's message, not null
     * @return this builder
     */
    public Builder error(String message) {
      this.error = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * Builds the result.
     *
     * @param number the step's position
     * @param step the step, for its key and headings
     * @return the result
     */
    public StepResult build(int number, Step step) {
      return new StepResult(
          number,
          step.key(),
          step.title(),
          step.titleZh(),
          columns,
          rows,
          figures,
          notes,
          checks,
          Optional.ofNullable(error));
    }
  }
}
