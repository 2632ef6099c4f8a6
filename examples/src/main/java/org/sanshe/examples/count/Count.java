package org.sanshe.examples.count;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanshe.core.error.SansheException;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.budgeting.BudgetOutcome;
import org.sanshe.deliberation.counting.Borda;
import org.sanshe.deliberation.counting.CondorcetCheck;
import org.sanshe.deliberation.counting.InstantRunoff;
import org.sanshe.deliberation.counting.PairwiseMatrix;
import org.sanshe.deliberation.counting.ResolvedTie;
import org.sanshe.deliberation.counting.Schulze;
import org.sanshe.deliberation.counting.ScoreVoting;
import org.sanshe.deliberation.counting.Scoreboard;
import org.sanshe.deliberation.counting.Star;
import org.sanshe.deliberation.counting.TieBreak;
import org.sanshe.deliberation.counting.TieBreaking;
import org.sanshe.deliberation.pabulib.PabulibFile;
import org.sanshe.deliberation.pabulib.PabulibReader;
import org.sanshe.deliberation.pabulib.PabulibRules;
import org.sanshe.deliberation.pabulib.ReadMode;
import org.sanshe.deliberation.preflib.AbifReader;
import org.sanshe.deliberation.preflib.PreflibReader;
import org.sanshe.deliberation.preflib.RankedElection;
import org.sanshe.jackson.SansheJson;

/**
 * Counts an election file and prints the outcome with its explanation, as text or JSON ({@code
 * --json}).
 *
 * <ul>
 *   <li>A Pabulib {@code .pb} file runs its {@code rule} label, or the label given with {@code
 *       --rule} ({@code greedy}, {@code equalshares/add1}, ...); when the file marks selected
 *       projects, the outcome is checked against them. {@code --lenient} reads what the cities
 *       counted and lists the irregularities by line and kind.
 *   <li>An ABIF ({@code .abif}) or PrefLib ({@code .soc .soi .toc .toi .cat}) file runs {@code
 *       --rule} {@code irv}, {@code schulze}, {@code condorcet}, {@code borda}, {@code score},
 *       {@code star} or {@code all}; without it, an ABIF file's {@code tally_method} metadata, else
 *       {@code all} (every ranked method, and the rated ones when the file has ratings). STAR's
 *       maximum score is {@code --max-score}, else the file's {@code max_rating} metadata (ABIF) or
 *       number of categories less one (CAT), else the highest rating in the file. Ties are broken
 *       by candidate id, or by the lottery seeded with {@code --seed N}.
 * </ul>
 *
 * Exit status: 0 counted, 1 the file was refused or could not be counted (the coded error goes to
 * standard error, nothing from the file in it), 2 the arguments are wrong.
 */
public final class Count {

  /** Sanshe's mapper, built only for {@code --json} so that a text run does not load Jackson. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        SansheJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static String write(Object tree) {
      try {
        return MAPPER.writeValueAsString(tree) + "\n";
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Jackson failed to write the report", e);
      }
    }
  }

  private static final List<String> METHODS =
      List.of("irv", "schulze", "condorcet", "borda", "score", "star");

  private static final Set<CountError> ARGUMENT_ERRORS =
      Set.of(
          CountError.COUNT_FILE_MISSING,
          CountError.COUNT_OPTION_UNKNOWN,
          CountError.COUNT_OPTION_VALUE_MISSING,
          CountError.COUNT_OPTION_VALUE_INVALID,
          CountError.COUNT_FORMAT_UNKNOWN);

  private static final String USAGE =
      "Usage: count [--rule RULE] [--json] [--lenient] [--max-score N] [--seed N] FILE\n"
          + "  FILE  a Pabulib .pb, ABIF .abif or PrefLib .soc/.soi/.toc/.toi/.cat file\n"
          + "  RULE  for .pb: a Pabulib rule label (default: the file's rule)\n"
          + "        otherwise: irv, schulze, condorcet, borda, score, star or all\n";

  private Count() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The parsed command line. */
  private record Options(
      Path file, String rule, boolean json, boolean lenient, long maxScore, Long seed) {}

  /**
   * Runs the tool, printing to streams.
   *
   * @param args the command line
   * @param out where the outcome goes
   * @param err where errors and usage go
   * @return 0 counted, 1 file refused or not countable, 2 wrong arguments
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = options(args);
    } catch (CountException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (options == null) {
      out.print(USAGE);
      return 0;
    }
    try {
      String name = options.file().getFileName().toString().toLowerCase(Locale.ROOT);
      if (!Files.isReadable(options.file()) || Files.isDirectory(options.file())) {
        throw new CountException(CountError.COUNT_FILE_UNREADABLE);
      }
      Map<String, Object> json = new LinkedHashMap<>();
      StringBuilder text = new StringBuilder();
      json.put("file", options.file().getFileName().toString());
      if (name.endsWith(".pb")) {
        pabulib(options, json, text);
      } else {
        ranked(options, name.endsWith(".abif"), json, text);
      }
      out.print(options.json() ? Json.write(json) : text);
      return 0;
    } catch (CountException e) {
      err.println(e.getMessage());
      return ARGUMENT_ERRORS.contains((CountError) e.errorCode()) ? 2 : 1;
    } catch (SansheException e) {
      err.println(e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      err.println(new CountException(CountError.COUNT_FILE_UNREADABLE).getMessage());
      return 1;
    }
  }

  private static Options options(String[] args) {
    Path file = null;
    String rule = null;
    boolean json = false;
    boolean lenient = false;
    long maxScore = 0;
    Long seed = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help", "-h" -> {
          return null;
        }
        case "--json" -> json = true;
        case "--lenient" -> lenient = true;
        case "--rule" -> rule = value(args, ++i, a).strip().toLowerCase(Locale.ROOT);
        case "--max-score" -> {
          maxScore = number(value(args, ++i, a), a, "a whole number from 1");
          if (maxScore < 1) {
            throw new CountException(
                CountError.COUNT_OPTION_VALUE_INVALID, a, "a whole number from 1");
          }
        }
        case "--seed" -> seed = number(value(args, ++i, a), a, "a whole number");
        default -> {
          if (a.startsWith("-") || file != null) {
            throw new CountException(CountError.COUNT_OPTION_UNKNOWN, i + 1);
          }
          file = Path.of(a);
        }
      }
    }
    if (file == null) {
      throw new CountException(CountError.COUNT_FILE_MISSING);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!List.of(".pb", ".abif", ".soc", ".soi", ".toc", ".toi", ".cat").stream()
        .anyMatch(name::endsWith)) {
      throw new CountException(CountError.COUNT_FORMAT_UNKNOWN);
    }
    return new Options(file, rule, json, lenient, maxScore, seed);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new CountException(CountError.COUNT_OPTION_VALUE_MISSING, option);
    }
    return args[i];
  }

  private static long number(String text, String option, String accepts) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new CountException(CountError.COUNT_OPTION_VALUE_INVALID, option, accepts);
    }
  }

  // ---------------------------------------------------------------- Pabulib

  private static void pabulib(Options o, Map<String, Object> json, StringBuilder text) {
    PabulibFile file =
        PabulibReader.read(o.file(), o.lenient() ? ReadMode.LENIENT : ReadMode.STRICT);
    PabulibRules.Label label;
    String from;
    if (o.rule() != null) {
      try {
        label = PabulibRules.Label.of(o.rule());
      } catch (SansheException e) {
        throw new CountException(CountError.COUNT_RULE_UNKNOWN, "pb", labels());
      }
      from = "chosen";
    } else {
      label = PabulibRules.Label.of(file.rule());
      from = "the file's rule";
    }
    boolean declared = file.projectColumns().contains("selected");
    PabulibRules.Check check = declared ? PabulibRules.check(file, label) : null;
    BudgetOutcome outcome = declared ? check.outcome() : PabulibRules.run(file, label);
    json.put("format", "pabulib");
    json.put("rule", label.text());
    json.put("ruleFrom", from);
    json.put("projects", file.projects().size());
    json.put("votes", file.votes().size());
    json.put("irregularities", file.irregularities().size());
    json.put("costScale", file.costScale());
    json.put("outcome", outcome);
    if (check != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("matches", check.matches());
      c.put("missing", check.missing());
      c.put("extra", check.extra());
      json.put("check", c);
    }
    text.append("File: ").append(o.file().getFileName()).append(" (Pabulib)\n");
    text.append(file.projects().size()).append(" projects, ");
    int scale = file.costScale();
    text.append(file.votes().size()).append(" votes, budget ");
    text.append(amount(outcome.budget(), scale));
    text.append('\n');
    if (!file.irregularities().isEmpty()) {
      text.append("Read leniently: ").append(file.irregularities().size());
      text.append(" irregularities (by line and kind with --json)\n");
    }
    text.append("Rule: ").append(label.text()).append(" (").append(from).append(")\n\n");
    text.append("Selected, in order:\n");
    for (BudgetOutcome.Selection s : outcome.selected()) {
      text.append(
          String.format(
              "  %-12s cost %15s  support %10d  %s%n",
              s.project(), amount(s.cost(), scale), s.support(), s.phase()));
    }
    text.append("Total cost ").append(amount(outcome.totalCost(), scale));
    text.append(", left ").append(amount(outcome.remaining(), scale)).append('\n');
    if (outcome.runs() > 0) {
      text.append("Equal Shares runs: ").append(outcome.runs());
      text.append(", virtual budget ").append(amount(outcome.virtualBudget(), scale));
      text.append('\n');
    }
    ties(outcome.ties(), text);
    if (check != null) {
      text.append(
          check.matches()
              ? "\nThe file's selected projects are exactly these.\n"
              : "\nThe file's selected projects differ: missing "
                  + check.missing()
                  + ", extra "
                  + check.extra()
                  + "\n");
    }
  }

  /**
   * An amount in the file's own units: the counting works on whole units of 10^-scale (a budget of
   * {@code 35000000.50} is counted as 3500000050), the text shows what the file wrote.
   */
  private static String amount(long scaled, int scale) {
    return BigDecimal.valueOf(scaled, scale).toPlainString();
  }

  private static String labels() {
    List<String> all = new ArrayList<>();
    for (PabulibRules.Label l : PabulibRules.Label.values()) {
      all.add(l.text());
    }
    return String.join(", ", all);
  }

  // ---------------------------------------------------------------- ranked and rated

  private static void ranked(
      Options o, boolean abif, Map<String, Object> json, StringBuilder text) {
    RankedElection e = abif ? AbifReader.read(o.file()) : PreflibReader.read(o.file());
    if (e.ballots().isEmpty()) {
      throw new VotingException(VotingError.VOTING_NO_BALLOTS);
    }
    String rule = o.rule();
    String from = "chosen";
    if (rule == null) {
      String method = e.metadata().get("tally_method");
      rule = method == null ? "all" : fromFile(method);
      from = method == null ? "every method" : "the file's tally_method";
    } else if (!rule.equals("all") && !METHODS.contains(rule)) {
      throw new CountException(
          CountError.COUNT_RULE_UNKNOWN,
          abif ? "abif" : "PrefLib",
          String.join(", ", METHODS) + ", all");
    }
    List<String> methods = new ArrayList<>();
    if (rule.equals("all")) {
      methods.addAll(List.of("irv", "schulze", "condorcet", "borda"));
      if (!e.ratings().isEmpty()) {
        methods.addAll(List.of("score", "star"));
      }
    } else {
      methods.add(rule);
    }
    TieBreaking ties =
        o.seed() == null ? TieBreaking.of() : TieBreaking.of(TieBreak.seededLottery(o.seed()));
    json.put("format", abif ? "abif" : "preflib");
    json.put("rule", rule);
    json.put("ruleFrom", from);
    List<Map<String, String>> candidates = new ArrayList<>();
    e.names()
        .forEach(
            (id, n) -> {
              Map<String, String> c = new LinkedHashMap<>();
              c.put("id", id.value());
              c.put("name", n);
              candidates.add(c);
            });
    json.put("candidates", candidates);
    json.put("voters", e.ballots().voters());
    json.put("ratedVoters", e.ratings().voters());
    json.put("tieBreaking", ties.toString());
    Map<String, Object> results = new LinkedHashMap<>();
    json.put("results", results);
    text.append("File: ")
        .append(o.file().getFileName())
        .append(abif ? " (ABIF)\n" : " (PrefLib)\n");
    text.append(e.candidates().size()).append(" candidates, ");
    text.append(e.ballots().voters()).append(" voters, ");
    text.append(e.ratings().voters()).append(" of them rating candidates\n");
    text.append("Rule: ").append(rule).append(" (").append(from).append("); ties by ");
    text.append(ties).append('\n');
    for (String m : methods) {
      text.append('\n');
      results.put(m, method(m, e, o, ties, text));
    }
  }

  private static String fromFile(String method) {
    String m = method.strip().toLowerCase(Locale.ROOT);
    return switch (m) {
      case "irv", "rcv", "instant-runoff", "instant runoff" -> "irv";
      case "schulze" -> "schulze";
      case "condorcet" -> "condorcet";
      case "borda" -> "borda";
      case "score", "range" -> "score";
      case "star" -> "star";
      default ->
          throw new CountException(
              CountError.COUNT_RULE_UNKNOWN, "this", String.join(", ", METHODS) + ", all");
    };
  }

  private static Object method(
      String m, RankedElection e, Options o, TieBreaking ties, StringBuilder text) {
    switch (m) {
      case "irv" -> {
        InstantRunoff.Result r = InstantRunoff.count(e.candidates(), e.ballots(), ties);
        text.append("Instant-runoff voting\n");
        for (InstantRunoff.Round round : r.rounds()) {
          text.append("  Round ").append(round.number()).append(": ");
          text.append(votes(round.votes(), e));
          text.append("; exhausted ").append(round.exhausted());
          text.append(", overvotes ").append(round.overvotes());
          if (round.elected() != null) {
            text.append("; elected ").append(round.elected());
          }
          if (round.eliminated() != null) {
            text.append("; eliminated ").append(round.eliminated());
          }
          text.append('\n');
        }
        winner(r.winner(), e, text);
        ties(r.ties(), text);
        return r;
      }
      case "schulze" -> {
        Schulze.Result r = Schulze.count(e.candidates(), e.ballots(), ties);
        text.append("Schulze (winning votes)\n  Ranking: ");
        text.append(
            r.ranking().stream()
                .map(
                    place ->
                        place.stream().map(CandidateId::value).collect(Collectors.joining(" = ")))
                .collect(Collectors.joining(" > ")));
        text.append('\n');
        winner(r.winner(), e, text);
        ties(r.ties(), text);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("winner", r.winner());
        node.put("ranking", r.ranking());
        node.put("ties", r.ties());
        return node;
      }
      case "condorcet" -> {
        CondorcetCheck.Outcome r =
            CondorcetCheck.check(PairwiseMatrix.of(e.candidates(), e.ballots()));
        text.append("Condorcet check\n");
        Map<String, Object> node = new LinkedHashMap<>();
        if (r instanceof CondorcetCheck.Winner w) {
          text.append("  ").append(w.winner()).append(" beats every other candidate; closest: ");
          text.append(w.closest()).append(", ").append(w.winnerVotes()).append(" to ");
          text.append(w.rivalVotes()).append('\n');
          node.put("winner", w.winner());
          node.put("closest", w.closest());
          node.put("winnerVotes", w.winnerVotes());
          node.put("rivalVotes", w.rivalVotes());
        } else if (r instanceof CondorcetCheck.NoWinner n) {
          text.append("  No Condorcet winner; unbeaten: ").append(n.unbeaten()).append('\n');
          node.put("winner", null);
          node.put("unbeaten", n.unbeaten());
        }
        return node;
      }
      case "borda" -> {
        Scoreboard t =
            Borda.classic(e.candidates().size()).count(e.candidates(), e.ballots(), ties);
        return tally("Borda count (n-1 points for first, down to 0)", t, e, text);
      }
      case "score" -> {
        Scoreboard t = ScoreVoting.count(e.candidates(), rated(e, m), BallotConstraints.NONE, ties);
        return tally("Score voting (unrated candidates score 0)", t, e, text);
      }
      case "star" -> {
        BallotBox<ScoreBallot> rated = rated(e, m);
        long max = o.maxScore() > 0 ? o.maxScore() : maxScore(e);
        Star.Result r = Star.count(e.candidates(), rated, max, ties);
        text.append("STAR voting (scores 0 to ").append(max).append(")\n  Scores: ");
        text.append(standings(r.scores(), e)).append('\n');
        text.append("  Runoff: ").append(r.finalists().get(0)).append(' ');
        text.append(r.firstPreferred());
        if (r.finalists().size() > 1) {
          text.append(", ").append(r.finalists().get(1)).append(' ').append(r.secondPreferred());
        }
        text.append(", no preference ").append(r.noPreference()).append('\n');
        for (Star.TieStep s : r.steps()) {
          text.append("  Tie in the ").append(s.round().name().toLowerCase(Locale.ROOT));
          text.append(" round among ").append(s.tied()).append(": ").append(s.rule());
          text.append(s.eliminated() ? " eliminated " : " decided ").append(s.decided());
          text.append('\n');
        }
        winner(r.winner(), e, text);
        ties(r.ties(), text);
        return r;
      }
      default -> throw new IllegalArgumentException(m);
    }
  }

  private static BallotBox<ScoreBallot> rated(RankedElection e, String method) {
    if (e.ratings().isEmpty()) {
      throw new CountException(CountError.COUNT_NO_RATINGS, method);
    }
    return e.ratings();
  }

  private static long maxScore(RankedElection e) {
    String max = e.metadata().get("max_rating");
    if (max == null && e.metadata().containsKey("NUMBER CATEGORIES")) {
      try {
        return Math.max(1, Long.parseLong(e.metadata().get("NUMBER CATEGORIES").strip()) - 1);
      } catch (NumberFormatException ignored) {
        // falls through to the highest rating
      }
    }
    if (max != null) {
      try {
        long v = Long.parseLong(max.strip());
        if (v >= 1) {
          return v;
        }
      } catch (NumberFormatException ignored) {
        // falls through to the highest rating
      }
    }
    long highest = 1;
    for (BallotBox.Counted<ScoreBallot> c : e.ratings().distinct()) {
      for (long v : c.ballot().scores().values()) {
        highest = Math.max(highest, v);
      }
    }
    return highest;
  }

  private static Object tally(String title, Scoreboard t, RankedElection e, StringBuilder text) {
    text.append(title).append("\n  ").append(standings(t, e)).append('\n');
    winner(t.winner(), e, text);
    ties(t.ties(), text);
    return t;
  }

  private static String standings(Scoreboard t, RankedElection e) {
    Map<CandidateId, Long> m = new LinkedHashMap<>();
    t.standings().forEach(s -> m.put(s.candidate(), s.score()));
    return votes(m, e);
  }

  private static String votes(Map<CandidateId, Long> votes, RankedElection e) {
    return votes.entrySet().stream()
        .map(x -> x.getKey() + " " + x.getValue())
        .collect(Collectors.joining(", "));
  }

  private static void winner(CandidateId id, RankedElection e, StringBuilder text) {
    String name = e.names().get(id);
    text.append("  Winner: ").append(id);
    if (name != null && !name.equals(id.value())) {
      text.append(" (").append(name).append(')');
    }
    text.append('\n');
  }

  private static void ties(List<ResolvedTie> ties, StringBuilder text) {
    for (ResolvedTie t : ties) {
      text.append("  Tie (").append(t.context()).append("): ").append(t.order());
      text.append(" by ").append(t.rules()).append('\n');
    }
  }
}
