package org.sanshe.deliberation.pabulib;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.ChoiceBallot;
import org.sanshe.deliberation.ballot.CumulativeBallot;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.budgeting.ParticipatoryBudget;

/**
 * The content of a Pabulib {@code .pb} file: the {@code META} key/value pairs, the {@code PROJECTS}
 * rows and the {@code VOTES} rows, every field kept as text in file order so that writing it back
 * loses nothing (every {@code META} key, known to the format or not, is kept and written back by
 * {@link PabulibWriter}). Read with {@link PabulibReader}, write with {@link PabulibWriter}, count
 * with {@link #toBudget()}. Immutable and thread-safe.
 *
 * <p><b>Decimal amounts, exactly.</b> The budget, the costs and {@code max_sum_cost} may have
 * decimals (Kraków writes {@code budget;1234567.89}). They are never held in floating point: the
 * file's {@link #costScale() cost scale} k is the largest number of decimals among them (trailing
 * zeros ignored, at most 9), and every one of them is multiplied by 10^k into a whole number. The
 * {@link ParticipatoryBudget} built by {@link #toBudget()} counts in these units (one currency unit
 * is {@link ParticipatoryBudget#currencyUnit()} = 10^k of them), so an outcome never depends on
 * rounding. A file whose amounts are whole numbers has k = 0 and counts in currency units, as
 * before.
 *
 * <p><b>Irregularities.</b> {@link #irregularities()} lists, with line and kind, what the cities
 * counted although the format's rules say otherwise; see {@link ReadMode} for what each mode does
 * with them.
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
      fields =
          fields instanceof ColumnMap
              ? fields
              : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
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

  private static final List<String> VOTE_TYPES =
      List.of("approval", "ordinal", "cumulative", "scoring", "choose-1");

  private final Map<String, String> meta;
  private final Map<String, Integer> metaLines;
  private final List<String> projectColumns;
  private final List<Row> projects;
  private final List<String> voteColumns;
  private final List<Row> votes;
  private final ReadMode mode;
  private final int costScale;
  private final long[] cost;
  private final CandidateId[] ids;

  /** The projects in id order: {@code byRank[rank[j]] == ids[j]}. */
  private final CandidateId[] byRank;

  /** The ballot paper of the projects, in the same id order as {@link #byRank}. */
  private final ApprovalBallot.Paper paper;

  private final int[] rank;
  private final int[][] ballots;
  private final long[][] points;
  private final List<Irregularity> irregularities;

  /**
   * Creates the file content, read strictly: every project cost must be a number, and a vote naming
   * a project twice or an unknown project is refused.
   *
   * @param meta the META pairs, in order
   * @param projectColumns the PROJECTS header
   * @param projects the PROJECTS rows
   * @param voteColumns the VOTES header
   * @param votes the VOTES rows
   * @throws VotingException a {@code PABULIB_} code with the row's line
   */
  public PabulibFile(
      Map<String, String> meta,
      List<String> projectColumns,
      List<Row> projects,
      List<String> voteColumns,
      List<Row> votes) {
    this(meta, Map.of(), projectColumns, projects, voteColumns, votes, ReadMode.STRICT);
  }

  PabulibFile(
      Map<String, String> meta,
      Map<String, Integer> metaLines,
      List<String> projectColumns,
      List<Row> projects,
      List<String> voteColumns,
      List<Row> votes,
      ReadMode mode) {
    this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    this.metaLines = Map.copyOf(metaLines);
    this.projectColumns = List.copyOf(projectColumns);
    this.projects = List.copyOf(projects);
    this.voteColumns = List.copyOf(voteColumns);
    this.votes = List.copyOf(votes);
    this.mode = Objects.requireNonNull(mode, "mode");
    int m = this.projects.size();
    PabulibNumbers.Decimal[] costs = new PabulibNumbers.Decimal[m];
    int scale = 0;
    for (int j = 0; j < m; j++) {
      Row r = this.projects.get(j);
      costs[j] = PabulibNumbers.decimal(r.get("cost"), r.line(), "cost");
      if (costs[j].unscaled() < 0) {
        throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, r.line(), "cost");
      }
      scale = Math.max(scale, costs[j].scale());
    }
    PabulibNumbers.Decimal b = metaDecimal("budget");
    PabulibNumbers.Decimal maxCost = metaDecimal("max_sum_cost");
    scale = Math.max(scale, b == null ? 0 : b.scale());
    scale = Math.max(scale, maxCost == null ? 0 : maxCost.scale());
    this.costScale = scale;
    this.cost = new long[m];
    this.ids = new CandidateId[m];
    Map<String, Integer> index = new HashMap<>();
    for (int j = 0; j < m; j++) {
      Row r = this.projects.get(j);
      cost[j] = costs[j].scaledTo(scale, r.line(), "cost");
      String id = r.get("project_id").strip();
      if (id.isEmpty()) {
        throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, r.line(), "project_id");
      }
      if (index.put(id, j) != null) {
        throw new VotingException(VotingError.PABULIB_DUPLICATE_KEY, r.line(), "project_id");
      }
      ids[j] = CandidateId.of(id);
    }
    this.paper = ApprovalBallot.paper(Arrays.asList(ids));
    this.byRank = paper.candidates().toArray(new CandidateId[0]);
    this.rank = new int[m];
    for (int j = 0; j < m; j++) {
      rank[j] = Arrays.binarySearch(byRank, ids[j]);
    }
    this.ballots = new int[this.votes.size()][];
    String type = voteType();
    boolean withPoints = type.equals("cumulative") || type.equals("scoring");
    this.points = withPoints ? new long[this.votes.size()][] : null;
    this.irregularities = Collections.unmodifiableList(audit(withPoints));
  }

  private List<Irregularity> audit(boolean withPoints) {
    List<Irregularity> found = new ArrayList<>();
    int m = ids.length;
    long[] named = new long[m];
    int[] seenIn = new int[m];
    Arrays.fill(seenIn, -1);
    Limits limits = limits();
    int[] scratch = new int[Math.max(m, 1)];
    String[] idTexts = new String[m];
    for (int j = 0; j < m; j++) {
      idTexts[j] = ids[j].value();
    }
    ProjectLookup lookup = new ProjectLookup(idTexts);
    int[] partAt = new int[16];
    int voteColumn = voteColumns.indexOf("vote");
    String commaText = null;
    int commaFrom = 0;
    int comma = Integer.MAX_VALUE;
    for (int v = 0; v < votes.size(); v++) {
      Row r = votes.get(v);
      // the vote field in place when the reader kept it as offsets, else its text
      String vote;
      int start;
      int stop;
      if (voteColumn >= 0
          && r.fields() instanceof ColumnMap c
          && c.fieldList() instanceof LineFields f
          && f.size() == voteColumns.size()) {
        vote = f.text();
        start = f.from(voteColumn);
        stop = f.to(voteColumn);
      } else {
        vote = r.get("vote");
        start = 0;
        stop = vote.length();
      }
      // the position of each comma-separated part's project, -1 for an empty or unknown one
      int parts = 0;
      if (!blank(vote, start, stop)) {
        int from = start;
        while (true) {
          if (vote != commaText || from < commaFrom || comma < from) {
            // the first comma at or after commaFrom, kept while the votes move forward in one text
            commaText = vote;
            commaFrom = from;
            comma = vote.indexOf(',', from);
            comma = comma < 0 ? Integer.MAX_VALUE : comma;
          }
          int end = Math.min(comma, stop);
          if (parts == partAt.length) {
            partAt = Arrays.copyOf(partAt, 2 * parts);
          }
          partAt[parts++] = lookup.find(vote, from, end);
          if (end == stop) {
            break;
          }
          from = end + 1;
        }
      }
      String[] pointTexts = null;
      if (withPoints) {
        List<String> p = split(r.get("points"));
        if (p.size() != parts) {
          throw new VotingException(VotingError.PABULIB_POINTS_MISMATCH, r.line(), parts, p.size());
        }
        pointTexts = p.toArray(new String[0]);
      }
      int k = 0;
      long[] pts = withPoints ? new long[parts] : null;
      for (int x = 0; x < parts; x++) {
        int j = partAt[x];
        if (j < 0) {
          if (mode == ReadMode.STRICT) {
            throw new VotingException(VotingError.PABULIB_UNKNOWN_PROJECT, r.line(), "vote");
          }
          found.add(new Irregularity(r.line(), Irregularity.Kind.UNKNOWN_PROJECT_IN_VOTE, "vote"));
          continue;
        }
        if (seenIn[j] == v) {
          if (mode == ReadMode.STRICT) {
            throw new VotingException(VotingError.PABULIB_DUPLICATE_KEY, r.line(), "vote");
          }
          found.add(
              new Irregularity(r.line(), Irregularity.Kind.DUPLICATE_PROJECT_IN_VOTE, "vote"));
          continue;
        }
        seenIn[j] = v;
        if (withPoints) {
          long p = PabulibNumbers.whole(pointTexts[x], r.line(), "points");
          if (p < 0) {
            throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, r.line(), "points");
          }
          pts[k] = p;
        }
        scratch[k++] = j;
      }
      int[] ballot = Arrays.copyOf(scratch, k);
      ballots[v] = ballot;
      if (withPoints) {
        points[v] = Arrays.copyOf(pts, k);
      }
      for (int j : ballot) {
        named[j]++;
      }
      limits.check(r.line(), ballot, withPoints ? points[v] : null, cost, found);
    }
    if (projectColumns.contains("votes")) {
      for (int j = 0; j < m; j++) {
        Row r = projects.get(j);
        Long declared = wholeOrNull(r.get("votes"));
        if (declared == null || declared != named[j]) {
          found.add(new Irregularity(r.line(), Irregularity.Kind.VOTES_COLUMN_MISMATCH, "votes"));
        }
      }
    }
    countCheck("num_votes", votes.size(), Irregularity.Kind.NUM_VOTES_MISMATCH, found);
    countCheck("num_projects", projects.size(), Irregularity.Kind.NUM_PROJECTS_MISMATCH, found);
    found.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return found;
  }

  /** Whether the text from start to end is empty or white space only, as String.isBlank. */
  private static boolean blank(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!LineFields.space(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void countCheck(String key, long actual, Irregularity.Kind kind, List<Irregularity> out) {
    String text = meta.get(key);
    if (text == null) {
      return;
    }
    Long declared = wholeOrNull(text);
    if (declared == null || declared != actual) {
      out.add(new Irregularity(metaLines.getOrDefault(key, 0), kind, "META " + key));
    }
  }

  private static Long wholeOrNull(String text) {
    try {
      return PabulibNumbers.whole(text, 0, "");
    } catch (VotingException e) {
      return null;
    }
  }

  /** Splits a comma list; an empty or blank field is the empty list. */
  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    if (text.isBlank()) {
      return parts;
    }
    int from = 0;
    while (true) {
      int comma = text.indexOf(',', from);
      if (comma < 0) {
        parts.add(text.substring(from));
        return parts;
      }
      parts.add(text.substring(from, comma));
      from = comma + 1;
    }
  }

  /** The META ballot rules, in scaled units. */
  private final class Limits {
    final long minLength;
    final long maxLength;
    final long maxSumCost;
    final long maxSumPoints;
    final long maxPoints;

    Limits() {
      minLength = metaWhole("min_length", 0);
      maxLength = metaWhole("max_length", Long.MAX_VALUE);
      PabulibNumbers.Decimal c = metaDecimal("max_sum_cost");
      maxSumCost =
          c == null
              ? Long.MAX_VALUE
              : c.scaledTo(costScale, metaLines.getOrDefault("max_sum_cost", 0), "max_sum_cost");
      maxSumPoints = metaWhole("max_sum_points", Long.MAX_VALUE);
      maxPoints = metaWhole("max_points", Long.MAX_VALUE);
    }

    void check(int line, int[] ballot, long[] pts, long[] cost, List<Irregularity> out) {
      if (ballot.length < minLength) {
        out.add(new Irregularity(line, Irregularity.Kind.BALLOT_TOO_SHORT, "META min_length"));
      }
      if (ballot.length > maxLength) {
        out.add(new Irregularity(line, Irregularity.Kind.BALLOT_TOO_LONG, "META max_length"));
      }
      if (maxSumCost != Long.MAX_VALUE) {
        long total = 0;
        for (int j : ballot) {
          total = saturatedAdd(total, cost[j]);
        }
        if (total > maxSumCost) {
          out.add(
              new Irregularity(
                  line, Irregularity.Kind.BALLOT_OVER_MAX_SUM_COST, "META max_sum_cost"));
        }
      }
      if (pts != null) {
        long total = 0;
        boolean over = false;
        for (long p : pts) {
          total = saturatedAdd(total, p);
          over |= p > maxPoints;
        }
        if (over || total > maxSumPoints) {
          out.add(
              new Irregularity(
                  line,
                  Irregularity.Kind.BALLOT_OVER_MAX_SUM_POINTS,
                  over ? "META max_points" : "META max_sum_points"));
        }
      }
    }
  }

  private static long saturatedAdd(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }

  private Limits limits() {
    return new Limits();
  }

  private PabulibNumbers.Decimal metaDecimal(String key) {
    String text = meta.get(key);
    if (text == null || text.isBlank()) {
      return null;
    }
    PabulibNumbers.Decimal d =
        PabulibNumbers.decimal(text, metaLines.getOrDefault(key, 0), "META " + key);
    if (d.unscaled() < 0) {
      throw new VotingException(
          VotingError.PABULIB_NUMBER_INVALID, metaLines.getOrDefault(key, 0), "META " + key);
    }
    return d;
  }

  private long metaWhole(String key, long absent) {
    String text = meta.get(key);
    if (text == null || text.isBlank()) {
      return absent;
    }
    int line = metaLines.getOrDefault(key, 0);
    long v = PabulibNumbers.whole(text, line, "META " + key);
    if (v < 0) {
      throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, line, "META " + key);
    }
    return v;
  }

  /**
   * Returns the META pairs in file order, every key kept as written.
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
   * Returns the mode the file was read in, which {@link #toBudget()} follows.
   *
   * @return the mode
   */
  public ReadMode mode() {
    return mode;
  }

  /**
   * Returns what the file holds that breaks the format's rules although it was read, in line order:
   * in {@link ReadMode#LENIENT} every kind; in {@link ReadMode#STRICT} only what strict reading
   * does not refuse at once (ballot rules, which {@link #toBudget()} refuses, and {@code votes},
   * {@code num_votes} or {@code num_projects} disagreeing with the ballots).
   *
   * @return an unmodifiable list, empty for a regular file
   */
  public List<Irregularity> irregularities() {
    return irregularities;
  }

  /**
   * Returns the number of decimals k of the file's amounts: budget, costs and {@code max_sum_cost}
   * are counted in units of 10^-k of the currency.
   *
   * @return k, 0 to 9
   */
  public int costScale() {
    return costScale;
  }

  /**
   * Returns the budget from META in units of 10^-{@link #costScale()} of the currency (the budget
   * itself when the file's amounts are whole numbers).
   *
   * @return the scaled budget
   * @throws VotingException {@code PABULIB_META_MISSING} or {@code PABULIB_NUMBER_INVALID}
   */
  public long budget() {
    PabulibNumbers.Decimal b = metaDecimal("budget");
    if (b == null) {
      throw new VotingException(VotingError.PABULIB_META_MISSING, "budget");
    }
    return b.scaledTo(costScale, metaLines.getOrDefault("budget", 0), "META budget");
  }

  /**
   * Returns the budget from META exactly, in currency units.
   *
   * @return the budget
   * @throws VotingException {@code PABULIB_META_MISSING} or {@code PABULIB_NUMBER_INVALID}
   */
  public BigDecimal budgetAmount() {
    return BigDecimal.valueOf(budget(), costScale);
  }

  /**
   * Returns a project's cost in units of 10^-{@link #costScale()} of the currency.
   *
   * @param project the project, not null
   * @return the scaled cost
   * @throws VotingException {@code BUDGET_UNKNOWN_PROJECT}
   */
  public long cost(CandidateId project) {
    Objects.requireNonNull(project, "project");
    for (int j = 0; j < ids.length; j++) {
      if (ids[j].equals(project)) {
        return cost[j];
      }
    }
    throw new VotingException(VotingError.BUDGET_UNKNOWN_PROJECT, project);
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
   * Returns the rule label from META ({@code greedy}, {@code equalshares/add1}, ...), empty when
   * absent.
   *
   * @return the label
   */
  public String rule() {
    return meta.getOrDefault("rule", "").strip();
  }

  /**
   * Returns the ids of projects marked {@code selected} = 1, in file order.
   *
   * @return the ids
   */
  public List<CandidateId> selectedProjects() {
    List<CandidateId> selected = new ArrayList<>();
    for (int j = 0; j < projects.size(); j++) {
      if ("1".equals(projects.get(j).get("selected").strip())) {
        selected.add(ids[j]);
      }
    }
    return selected;
  }

  /**
   * Returns the ballot constraints from META: {@code min_length}, {@code max_length}, {@code
   * max_sum_cost} (in scaled units), {@code max_sum_points} and {@code max_points} (points per
   * project). A length limit above {@link Integer#MAX_VALUE} cannot be reached by any ballot and is
   * therefore exactly the same rule as {@link Integer#MAX_VALUE}; it is never truncated into
   * another number.
   *
   * @return the constraints
   * @throws VotingException {@code PABULIB_NUMBER_INVALID} for a non-numeric limit
   */
  public BallotConstraints constraints() {
    Limits l = limits();
    BallotConstraints c = BallotConstraints.NONE;
    c = c.withLength(clamp(l.minLength), clamp(l.maxLength));
    if (l.maxSumCost != Long.MAX_VALUE) {
      c = c.withMaxTotalCost(l.maxSumCost);
    }
    if (l.maxSumPoints != Long.MAX_VALUE) {
      c = c.withMaxPoints(l.maxSumPoints);
    }
    if (l.maxPoints != Long.MAX_VALUE) {
      c = c.withMaxScore(l.maxPoints);
    }
    return c;
  }

  private static int clamp(long v) {
    return (int) Math.min(v, Integer.MAX_VALUE);
  }

  /**
   * Turns the file into a budget to count, following the mode it was read in.
   *
   * @return the budget
   * @see #toBudget(ReadMode)
   */
  public ParticipatoryBudget toBudget() {
    return toBudget(mode);
  }

  /**
   * Turns the file into a budget to count: projects with their scaled costs, ballots of the file's
   * vote type (approval, ordinal as ranked, cumulative, scoring as score, choose-1 as choice), the
   * scaled budget and its {@linkplain ParticipatoryBudget#currencyUnit() currency unit} 10^{@link
   * #costScale()}. In {@link ReadMode#STRICT} every vote must follow the META rules, which the
   * budget carries; in {@link ReadMode#LENIENT} every row of VOTES is counted as cast (repeated and
   * unknown projects left out, see {@link #irregularities()}) and the budget carries no ballot
   * rules.
   *
   * @param mode the mode, not null
   * @return the budget
   * @throws VotingException {@code PABULIB_VOTE_TYPE_UNSUPPORTED}, {@code PABULIB_BALLOT_INVALID}
   *     with the line of the first vote that breaks a rule (strict), {@code PABULIB_DUPLICATE_KEY}
   *     or {@code PABULIB_UNKNOWN_PROJECT} for a file read leniently and counted strictly, or a
   *     {@code BUDGET_} code
   */
  public ParticipatoryBudget toBudget(ReadMode mode) {
    Objects.requireNonNull(mode, "mode");
    String type = voteType();
    if (!VOTE_TYPES.contains(type)) {
      throw new VotingException(VotingError.PABULIB_VOTE_TYPE_UNSUPPORTED);
    }
    long budget = budget();
    BallotConstraints constraints = constraints();
    if (mode == ReadMode.STRICT) {
      for (Irregularity i : irregularities) {
        switch (i.kind()) {
          case UNKNOWN_PROJECT_IN_VOTE:
            throw new VotingException(VotingError.PABULIB_UNKNOWN_PROJECT, i.line(), "vote");
          case DUPLICATE_PROJECT_IN_VOTE:
            throw new VotingException(VotingError.PABULIB_DUPLICATE_KEY, i.line(), "vote");
          case BALLOT_TOO_SHORT:
          case BALLOT_TOO_LONG:
          case BALLOT_OVER_MAX_SUM_COST:
          case BALLOT_OVER_MAX_SUM_POINTS:
            throw new VotingException(VotingError.PABULIB_BALLOT_INVALID, i.line(), i.field());
          default:
            break;
        }
      }
    }
    List<BallotProject> list = new ArrayList<>(ids.length);
    for (int j = 0; j < ids.length; j++) {
      list.add(new BallotProject(ids[j], cost[j], projects.get(j).get("name")));
    }
    BallotBox.Builder<Ballot> box;
    if (type.equals("approval")) {
      // an approval ballot is one small array built in id order: the box itself counts repeats
      box = BallotBox.builder(votes.size());
      int[] k = new int[ids.length];
      for (int v = 0; v < votes.size(); v++) {
        int[] b = ballots[v];
        for (int x = 0; x < b.length; x++) {
          k[x] = rank[b[x]];
        }
        sortSmall(k, b.length);
        box.add(paper.ballot(k, b.length));
      }
    } else {
      // identical votes are counted on their project indices first; one ballot object each
      Map<Key, long[]> distinct = new LinkedHashMap<>(votes.size() + votes.size() / 3 + 1);
      for (int v = 0; v < votes.size(); v++) {
        long[] seen = distinct.computeIfAbsent(key(type, v), k -> new long[] {0, 0});
        if (seen[0]++ == 0) {
          seen[1] = v;
        }
      }
      box = BallotBox.builder(distinct.size());
      for (long[] seen : distinct.values()) {
        box.add(ballot(type, (int) seen[1]), seen[0]);
      }
    }
    long unit = 1;
    for (int i = 0; i < costScale; i++) {
      unit *= 10;
    }
    return ParticipatoryBudget.of(
        budget,
        list,
        box.build(),
        mode == ReadMode.STRICT ? constraints : BallotConstraints.NONE,
        unit);
  }

  /** A vote's content as numbers: sorted project indices (with points) unless order matters. */
  private Key key(String type, int v) {
    int[] b = ballots[v];
    if (type.equals("ordinal")) {
      long[] k = new long[b.length];
      for (int x = 0; x < b.length; x++) {
        k[x] = b[x];
      }
      return new Key(k);
    }
    if (points == null) {
      long[] k = new long[b.length];
      for (int x = 0; x < b.length; x++) {
        k[x] = rank[b[x]];
      }
      sortSmall(k);
      return new Key(k);
    }
    Integer[] order = new Integer[b.length];
    for (int x = 0; x < b.length; x++) {
      order[x] = x;
    }
    Arrays.sort(order, (p, q) -> Integer.compare(b[p], b[q]));
    long[] k = new long[2 * b.length];
    for (int x = 0; x < b.length; x++) {
      k[2 * x] = b[order[x]];
      k[2 * x + 1] = points[v][order[x]];
    }
    return new Key(k);
  }

  /** An array compared by content, its hash computed once. */
  private static final class Key {
    private final long[] values;
    private final int hash;

    Key(long[] values) {
      this.values = values;
      this.hash = Arrays.hashCode(values);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && hash == k.hash && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Sorts a vote's few values: insertion sort up to 32, the library's sort above. */
  /** Sorts the first n values: insertion sort for a ballot's few, else the library sort. */
  private static void sortSmall(int[] a, int n) {
    if (n > 32) {
      Arrays.sort(a, 0, n);
      return;
    }
    for (int i = 1; i < n; i++) {
      int x = a[i];
      int j = i - 1;
      while (j >= 0 && a[j] > x) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  private static void sortSmall(long[] a) {
    if (a.length > 32) {
      Arrays.sort(a);
      return;
    }
    for (int i = 1; i < a.length; i++) {
      long x = a[i];
      int j = i - 1;
      while (j >= 0 && a[j] > x) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  private Ballot ballot(String type, int v) {
    int[] b = ballots[v];
    List<CandidateId> named = new ArrayList<>(b.length);
    for (int j : b) {
      named.add(ids[j]);
    }
    switch (type) {
      case "ordinal":
        return RankedBallot.strict(named);
      case "choose-1":
        if (named.size() != 1) {
          throw new VotingException(
              VotingError.PABULIB_BALLOT_INVALID, votes.get(v).line(), "vote_type choose-1");
        }
        return new ChoiceBallot(named.get(0));
      default:
        Map<CandidateId, Long> pts = new TreeMap<>();
        for (int x = 0; x < b.length; x++) {
          pts.put(named.get(x), points[v][x]);
        }
        return type.equals("cumulative") ? CumulativeBallot.of(pts) : ScoreBallot.of(pts);
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
        + projects.size()
        + " projects, "
        + votes.size()
        + " votes, "
        + mode.name().toLowerCase(java.util.Locale.ROOT)
        + "]";
  }
}
