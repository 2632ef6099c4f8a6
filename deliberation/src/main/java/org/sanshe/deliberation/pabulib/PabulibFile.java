package org.sanshe.deliberation.pabulib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.ChoiceBallot;
import org.sanshe.deliberation.ballot.CumulativeBallot;
import org.sanshe.deliberation.ballot.Project;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.budgeting.ParticipatoryBudget;

/**
 * The content of a Pabulib {@code .pb} file: the {@code META} key/value pairs, the {@code PROJECTS}
 * rows and the {@code VOTES} rows, every field kept as text in file order so that writing it back
 * loses nothing. Read with {@link PabulibReader}, write with {@link PabulibWriter}, count with
 * {@link #toBudget()}. Immutable and thread-safe.
 */
public final class PabulibFile {

  /**
   * One data row with the line it came from (0 when built in memory).
   *
   * @param line the 1-based line number in the file, or 0
   * @param fields the fields by column, in column order, unmodifiable
   */
  public record Row(int line, Map<String, String> fields) {

    /**
     * Copies the fields, keeping their order.
     *
     * @throws NullPointerException if fields is null
     */
    public Row {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * Returns a field.
     *
     * @param column the column
     * @return the text, empty when absent
     */
    public String get(String column) {
      return fields.getOrDefault(column, "");
    }
  }

  private final Map<String, String> meta;
  private final List<String> projectColumns;
  private final List<Row> projects;
  private final List<String> voteColumns;
  private final List<Row> votes;

  /**
   * Creates the file content.
   *
   * @param meta the META pairs, in order
   * @param projectColumns the PROJECTS header
   * @param projects the PROJECTS rows
   * @param voteColumns the VOTES header
   * @param votes the VOTES rows
   */
  public PabulibFile(
      Map<String, String> meta,
      List<String> projectColumns,
      List<Row> projects,
      List<String> voteColumns,
      List<Row> votes) {
    this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    this.projectColumns = List.copyOf(projectColumns);
    this.projects = List.copyOf(projects);
    this.voteColumns = List.copyOf(voteColumns);
    this.votes = List.copyOf(votes);
  }

  /**
   * Returns the META pairs in file order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> meta() {
    return meta;
  }

  /**
   * Returns the PROJECTS columns.
   *
   * @return an unmodifiable list
   */
  public List<String> projectColumns() {
    return projectColumns;
  }

  /**
   * Returns the PROJECTS rows.
   *
   * @return an unmodifiable list
   */
  public List<Row> projects() {
    return projects;
  }

  /**
   * Returns the VOTES columns.
   *
   * @return an unmodifiable list
   */
  public List<String> voteColumns() {
    return voteColumns;
  }

  /**
   * Returns the VOTES rows.
   *
   * @return an unmodifiable list
   */
  public List<Row> votes() {
    return votes;
  }

  /**
   * Returns the budget from META.
   *
   * @return the budget
   * @throws VotingException {@code PABULIB_META_MISSING} or {@code PABULIB_NUMBER_INVALID}
   */
  public long budget() {
    return metaNumber("budget", true);
  }

  /**
   * Returns the vote type from META ({@code approval} when absent).
   *
   * @return the vote type
   */
  public String voteType() {
    return meta.getOrDefault("vote_type", "approval").strip();
  }

  /**
   * Returns the ids of projects marked {@code selected} = 1, in file order.
   *
   * @return the ids
   */
  public List<CandidateId> selectedProjects() {
    List<CandidateId> ids = new ArrayList<>();
    for (Row r : projects) {
      if ("1".equals(r.get("selected").strip())) {
        ids.add(CandidateId.of(r.get("project_id")));
      }
    }
    return ids;
  }

  /**
   * Returns the ballot constraints from META: {@code min_length}, {@code max_length}, {@code
   * max_sum_cost}, {@code max_sum_points} and {@code max_points} (points per project).
   *
   * @return the constraints
   * @throws VotingException {@code PABULIB_NUMBER_INVALID} for a non-numeric limit
   */
  public BallotConstraints constraints() {
    BallotConstraints c = BallotConstraints.NONE;
    long min = metaNumber("min_length", false);
    long max = metaNumber("max_length", false);
    c = c.withLength(min < 0 ? 0 : (int) min, max < 0 ? Integer.MAX_VALUE : (int) max);
    long cost = metaNumber("max_sum_cost", false);
    if (cost >= 0) {
      c = c.withMaxTotalCost(cost);
    }
    long points = metaNumber("max_sum_points", false);
    if (points >= 0) {
      c = c.withMaxPoints(points);
    }
    long perProject = metaNumber("max_points", false);
    if (perProject >= 0) {
      c = c.withMaxScore(perProject);
    }
    return c;
  }

  private long metaNumber(String key, boolean required) {
    String text = meta.get(key);
    if (text == null || text.isBlank()) {
      if (required) {
        throw new VotingException(VotingError.PABULIB_META_MISSING, key);
      }
      return -1;
    }
    return PabulibReader.number(text, 0, "META " + key);
  }

  /**
   * Turns the file into a budget to count: projects with their costs, ballots of the file's vote
   * type (approval, ordinal as ranked, cumulative, scoring as score, choose-1 as choice) and the
   * META constraints. Every vote is checked against the constraints.
   *
   * @return the budget
   * @throws VotingException {@code PABULIB_VOTE_TYPE_UNSUPPORTED}, {@code PABULIB_BALLOT_INVALID}
   *     with the line of the first vote that breaks a constraint, or a {@code BUDGET_} code
   */
  public ParticipatoryBudget toBudget() {
    List<Project> list = new ArrayList<>();
    Map<CandidateId, Long> cost = new HashMap<>();
    for (Row r : projects) {
      Project p =
          new Project(
              CandidateId.of(r.get("project_id")),
              PabulibReader.number(r.get("cost"), r.line(), "cost"),
              r.get("name"));
      list.add(p);
      cost.put(p.id(), p.cost());
    }
    String type = voteType();
    BallotConstraints constraints = constraints();
    BallotBox.Builder<Ballot> box = BallotBox.builder();
    for (Row r : votes) {
      Ballot b = ballot(type, r);
      try {
        constraints.check(b, "line " + r.line(), cost.keySet(), cost::get);
      } catch (VotingException e) {
        throw new VotingException(
            VotingError.PABULIB_BALLOT_INVALID, r.line(), e.message(java.util.Locale.ENGLISH));
      }
      box.add(b);
    }
    return ParticipatoryBudget.of(budget(), list, box.build(), constraints);
  }

  private static Ballot ballot(String type, Row r) {
    List<CandidateId> ids = PabulibReader.ids(r.get("vote"));
    switch (type) {
      case "approval":
        return ApprovalBallot.of(ids);
      case "ordinal":
        return RankedBallot.strict(ids);
      case "choose-1":
        if (ids.size() != 1) {
          throw new VotingException(
              VotingError.PABULIB_BALLOT_INVALID, r.line(), "choose-1 needs exactly one project");
        }
        return new ChoiceBallot(ids.get(0));
      case "cumulative":
      case "scoring":
        Map<CandidateId, Long> points = new LinkedHashMap<>();
        String text = r.get("points").strip();
        String[] parts = text.isEmpty() ? new String[0] : text.split(",", -1);
        if (parts.length != ids.size()) {
          throw new VotingException(
              VotingError.PABULIB_POINTS_MISMATCH, r.line(), ids.size(), parts.length);
        }
        for (int i = 0; i < parts.length; i++) {
          points.put(ids.get(i), PabulibReader.number(parts[i], r.line(), "points"));
        }
        return type.equals("cumulative") ? CumulativeBallot.of(points) : ScoreBallot.of(points);
      default:
        throw new VotingException(VotingError.PABULIB_VOTE_TYPE_UNSUPPORTED, type);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PabulibFile f
        && meta.equals(f.meta)
        && projectColumns.equals(f.projectColumns)
        && fieldsOf(projects).equals(fieldsOf(f.projects))
        && voteColumns.equals(f.voteColumns)
        && fieldsOf(votes).equals(fieldsOf(f.votes));
  }

  private static List<Map<String, String>> fieldsOf(List<Row> rows) {
    return rows.stream().map(Row::fields).toList();
  }

  @Override
  public int hashCode() {
    return Objects.hash(meta, projectColumns, voteColumns, projects.size(), votes.size());
  }

  @Override
  public String toString() {
    return "PabulibFile["
        + meta.getOrDefault("description", "")
        + ", "
        + projects.size()
        + " projects, "
        + votes.size()
        + " votes]";
  }
}
