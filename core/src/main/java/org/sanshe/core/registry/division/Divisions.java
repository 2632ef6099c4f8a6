package org.sanshe.core.registry.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.identifier.KnownDivisions;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * A directory of administrative divisions (district, streets and towns, communities and villages)
 * and of the grids and buildings below its communities.
 *
 * <p>Load it from CSV files in the national statistical format ({@code
 * level,code,name,parentCode,areaCode,cityCode,provinceCode}, levels {@code province}, {@code
 * city}, {@code area}, {@code street}, {@code village}) with {@link #load(Reader)} or a {@link
 * Builder}. Every division below county level must have its parent in the directory. The national
 * code {@code 100000} is always {@linkplain #contains(DivisionCode) known}, since national
 * registrars use it in credit codes.
 *
 * <p>Immutable and thread-safe: {@link #withLocalUnit(LocalUnit)} returns a new directory. Lists
 * are ordered by code (a parent before its children).
 */
public final class Divisions implements KnownDivisions {

  /** The header of the division CSV format. */
  public static final String CSV_HEADER =
      "level,code,name,parentCode,areaCode,cityCode,provinceCode";

  /** The longest line the CSV reader accepts, in characters: {@value}. */
  public static final int MAX_LINE_LENGTH = 4096;

  /** After this many bad lines the CSV reader stops reading: {@value}. */
  public static final int MAX_PROBLEMS = 1000;

  // A sentinel the line reader returns for a line longer than MAX_LINE_LENGTH (compared by
  // identity).
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String TOO_LONG = new String("");

  private static final DivisionCode NATIONAL = DivisionCode.parse("100000");

  private final NavigableMap<String, Division> byCode;
  private final Map<DivisionCode, Division> index;
  private final Map<DivisionCode, List<Division>> children;
  private final Map<DivisionCode, NavigableMap<String, LocalUnit>> localUnits;

  private Divisions(
      NavigableMap<String, Division> byCode,
      Map<DivisionCode, List<Division>> children,
      Map<DivisionCode, NavigableMap<String, LocalUnit>> localUnits) {
    this.byCode = byCode;
    Map<DivisionCode, Division> hashed = new HashMap<>(byCode.size() * 2);
    for (Division d : byCode.values()) {
      hashed.put(d.code(), d);
    }
    this.index = Map.copyOf(hashed);
    this.children = children;
    this.localUnits = localUnits;
  }

  /**
   * Starts an empty directory.
   *
   * @return a new builder (not thread-safe)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads a directory from one CSV text.
   *
   * @param csv the CSV, not null; the caller closes it
   * @return the directory
   * @throws org.sanshe.core.error.InvalidInputException listing every bad line
   * @throws RegistryException with {@code REGISTRY_READ_FAILED} when reading fails
   */
  public static Divisions load(Reader csv) {
    return builder().load(csv, "csv").build();
  }

  /**
   * Loads a directory from CSV files in UTF-8.
   *
   * @param files the files, not null
   * @return the directory
   * @throws org.sanshe.core.error.InvalidInputException listing every bad line of every file
   * @throws RegistryException with {@code REGISTRY_READ_FAILED} when reading fails
   */
  public static Divisions load(Path... files) {
    Builder builder = builder();
    for (Path file : files) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        builder.load(reader, String.valueOf(file.getFileName()));
      } catch (IOException e) {
        throw new RegistryException(RegistryError.REGISTRY_READ_FAILED, e, e.getMessage());
      }
    }
    return builder.build();
  }

  /**
   * Tells whether a division is known: in the directory, or the national code {@code 100000}.
   *
   * @param code the code, not null
   * @return true if known
   */
  @Override
  public boolean contains(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    return index.containsKey(code) || NATIONAL.equals(code);
  }

  /**
   * Finds a division.
   *
   * @param code the code, not null
   * @return the division, empty if unknown (also for {@code 100000}, which has no entry)
   */
  public Optional<Division> find(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(index.get(code));
  }

  /**
   * Returns a division that must exist.
   *
   * @param code the code, not null
   * @return the division
   * @throws RegistryException with {@code REGISTRY_DIVISION_UNKNOWN}
   */
  public Division require(DivisionCode code) {
    return find(code)
        .orElseThrow(() -> new RegistryException(RegistryError.REGISTRY_DIVISION_UNKNOWN, code));
  }

  /**
   * Returns the directory's own instance of a code, so that many holders can share one object.
   *
   * @param code the code, not null
   * @return the shared instance, or the argument when unknown
   */
  public DivisionCode canonical(DivisionCode code) {
    Division d = index.get(code);
    return d != null ? d.code() : code;
  }

  /**
   * Returns the direct children of a division.
   *
   * @param code the parent, not null
   * @return the children ordered by code, empty if none or unknown
   */
  public List<Division> children(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    return children.getOrDefault(code, List.of());
  }

  /**
   * Returns a division and everything below it (the national code returns the whole directory).
   *
   * @param code the root, not null
   * @return the divisions ordered by code, the root first when present
   */
  public List<Division> subtree(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    String prefix = prefix(code);
    return List.copyOf(byCode.subMap(prefix, true, prefix + '\uffff', false).values());
  }

  /**
   * Returns the divisions below a root at one level, such as the streets and towns of a district.
   *
   * @param code the root, not null
   * @param level the level wanted, not null
   * @return the divisions ordered by code
   */
  public List<Division> below(DivisionCode code, DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    return subtree(code).stream()
        .filter(d -> d.level() == level && !d.code().equals(code))
        .toList();
  }

  private static String prefix(DivisionCode code) {
    return switch (code.level()) {
      case NATIONAL -> "";
      case PROVINCE -> code.value().substring(0, 2);
      case CITY -> code.value().substring(0, 4);
      default -> code.value();
    };
  }

  /**
   * Finds divisions whose name contains a fragment (ignoring case for Latin letters).
   *
   * @param fragment the fragment, not null or blank
   * @return the matches ordered by code
   */
  public List<Division> searchByName(String fragment) {
    Objects.requireNonNull(fragment, "fragment");
    String f = fragment.strip().toLowerCase(Locale.ROOT);
    if (f.isEmpty()) {
      return List.of();
    }
    return byCode.values().stream()
        .filter(d -> d.name().toLowerCase(Locale.ROOT).contains(f))
        .toList();
  }

  /**
   * Returns every division.
   *
   * @return the divisions ordered by code
   */
  public List<Division> all() {
    return List.copyOf(byCode.values());
  }

  /**
   * Returns how many divisions the directory holds (local units not counted).
   *
   * @return the count
   */
  public int size() {
    return byCode.size();
  }

  /**
   * Returns the grids and buildings of a community.
   *
   * @param community the community, not null
   * @return the units ordered by local code
   */
  public List<LocalUnit> localUnits(DivisionCode community) {
    Objects.requireNonNull(community, "community");
    NavigableMap<String, LocalUnit> units = localUnits.get(community);
    return units == null ? List.of() : List.copyOf(units.values());
  }

  /**
   * Finds a grid or building.
   *
   * @param community the community, not null
   * @param localCode the local code, not null
   * @return the unit, if any
   */
  public Optional<LocalUnit> localUnit(DivisionCode community, String localCode) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(localCode, "localCode");
    NavigableMap<String, LocalUnit> units = localUnits.get(community);
    return units == null ? Optional.empty() : Optional.ofNullable(units.get(localCode));
  }

  /**
   * Returns a directory with one more grid or building.
   *
   * @param unit the unit, not null
   * @return the new directory; this one is unchanged
   * @throws RegistryException with {@code REGISTRY_DIVISION_UNKNOWN} (community not in the
   *     directory), {@code REGISTRY_LOCAL_UNIT_DUPLICATE} or {@code REGISTRY_LOCAL_UNIT_PARENT} (a
   *     building's grid that the community does not have)
   */
  public Divisions withLocalUnit(LocalUnit unit) {
    Objects.requireNonNull(unit, "unit");
    checkLocalUnit(byCode, localUnits, unit);
    Map<DivisionCode, NavigableMap<String, LocalUnit>> copy = new HashMap<>(localUnits);
    NavigableMap<String, LocalUnit> units =
        new TreeMap<>(copy.getOrDefault(unit.community(), Collections.emptyNavigableMap()));
    units.put(unit.localCode(), unit);
    copy.put(unit.community(), Collections.unmodifiableNavigableMap(units));
    return new Divisions(byCode, children, Map.copyOf(copy));
  }

  private static void checkLocalUnit(
      Map<String, Division> byCode,
      Map<DivisionCode, ? extends Map<String, LocalUnit>> units,
      LocalUnit unit) {
    if (!byCode.containsKey(unit.community().value())) {
      throw new RegistryException(RegistryError.REGISTRY_DIVISION_UNKNOWN, unit.community());
    }
    Map<String, LocalUnit> existing = units.get(unit.community());
    if (existing == null) {
      existing = Map.of();
    }
    if (existing.containsKey(unit.localCode())) {
      throw new RegistryException(
          RegistryError.REGISTRY_LOCAL_UNIT_DUPLICATE, unit.community(), unit.localCode());
    }
    if (unit.parentGrid() != null) {
      LocalUnit grid = existing.get(unit.parentGrid());
      if (grid == null || grid.kind() != LocalUnitKind.GRID) {
        throw new RegistryException(
            RegistryError.REGISTRY_LOCAL_UNIT_PARENT, unit.localCode(), unit.parentGrid());
      }
    }
  }

  @Override
  public String toString() {
    return "Divisions[" + byCode.size() + " divisions]";
  }

  /** Collects divisions and local units, then checks them all at once. Not thread-safe. */
  public static final class Builder {
    private final TreeMap<String, Division> byCode = new TreeMap<>();
    private final Map<DivisionCode, TreeMap<String, LocalUnit>> localUnits = new HashMap<>();
    private final List<LocalUnit> pendingUnits = new ArrayList<>();
    private final Problems.Builder problems = Problems.builder();

    private Builder() {}

    /**
     * Adds a division.
     *
     * @param division the division, not null
     * @return this builder
     */
    public Builder add(Division division) {
      Objects.requireNonNull(division, "division");
      if (byCode.putIfAbsent(division.code().value(), division) != null) {
        problems.add(
            "", new RegistryException(RegistryError.REGISTRY_DIVISION_DUPLICATE, division.code()));
      }
      return this;
    }

    /**
     * Adds a grid or building; checked when built.
     *
     * @param unit the unit, not null
     * @return this builder
     */
    public Builder addLocalUnit(LocalUnit unit) {
      pendingUnits.add(Objects.requireNonNull(unit, "unit"));
      return this;
    }

    /**
     * Reads divisions from CSV; bad lines are remembered and reported by {@link #build()}.
     *
     * @param csv the CSV, not null; the caller closes it
     * @param source a name for the input used in problem paths, such as a file name
     * @return this builder
     * @throws RegistryException with {@code REGISTRY_READ_FAILED} when reading fails
     */
    public Builder load(Reader csv, String source) {
      Objects.requireNonNull(csv, "csv");
      Objects.requireNonNull(source, "source");
      BufferedReader in = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
      try {
        String header = readLine(in);
        if (header != null && header.startsWith("\uFEFF")) {
          header = header.substring(1);
        }
        if (header == null || !CSV_HEADER.equals(header.strip())) {
          problems.add(
              source + " line 1",
              new RegistryException(RegistryError.REGISTRY_CSV_HEADER, CSV_HEADER));
          return this;
        }
        int lineNumber = 1;
        int bad = 0;
        for (String line = readLine(in); line != null; line = readLine(in)) {
          lineNumber++;
          if (line != TOO_LONG && line.isBlank()) {
            continue;
          }
          String path = source + " line " + lineNumber;
          try {
            if (line == TOO_LONG) {
              throw new RegistryException(
                  RegistryError.REGISTRY_CSV_LINE_TOO_LONG, MAX_LINE_LENGTH);
            }
            add(row(line));
          } catch (SansheException e) {
            problems.add(path, e);
            if (++bad >= MAX_PROBLEMS) {
              problems.add(
                  path,
                  new RegistryException(
                      RegistryError.REGISTRY_CSV_TOO_MANY_PROBLEMS, MAX_PROBLEMS));
              break;
            }
          }
        }
      } catch (IOException e) {
        throw new RegistryException(RegistryError.REGISTRY_READ_FAILED, e, e.getMessage());
      } catch (UncheckedIOException e) {
        throw new RegistryException(RegistryError.REGISTRY_READ_FAILED, e, e.getMessage());
      }
      return this;
    }

    /**
     * Reads one line of at most {@link #MAX_LINE_LENGTH} characters ({@code \n}, {@code \r\n} or
     * {@code \r} ends it); a longer line is skipped to its end and returned as {@link #TOO_LONG}.
     */
    private static String readLine(BufferedReader in) throws IOException {
      StringBuilder line = new StringBuilder(128);
      boolean tooLong = false;
      int c = in.read();
      if (c < 0) {
        return null;
      }
      while (c >= 0 && c != '\n' && c != '\r') {
        if (line.length() < MAX_LINE_LENGTH) {
          line.append((char) c);
        } else {
          tooLong = true;
        }
        c = in.read();
      }
      if (c == '\r') {
        in.mark(1);
        if (in.read() != '\n') {
          in.reset();
        }
      }
      return tooLong ? TOO_LONG : line.toString();
    }

    private static Division row(String line) {
      List<String> f = Csv.split(line);
      if (f == null || f.size() != 7) {
        throw new RegistryException(RegistryError.REGISTRY_CSV_ROW, 7, f == null ? 0 : f.size());
      }
      DivisionCode code = DivisionCode.parse(f.get(1).strip());
      DivisionLevel expected =
          switch (f.get(0).strip()) {
            case "province" -> DivisionLevel.PROVINCE;
            case "city" -> DivisionLevel.CITY;
            case "area" -> DivisionLevel.COUNTY;
            case "street" -> DivisionLevel.TOWNSHIP;
            case "village" -> DivisionLevel.VILLAGE;
            default -> null;
          };
      if (expected != code.level()) {
        throw new RegistryException(RegistryError.REGISTRY_DIVISION_LEVEL_MISMATCH, "-", code);
      }
      String parentColumn = f.get(3).strip();
      if (!parentColumn.isEmpty()
          && !(code.value().startsWith(parentColumn)
              && parentColumn.length() < code.value().length())) {
        throw new RegistryException(
            RegistryError.REGISTRY_DIVISION_PARENT_UNKNOWN,
            code,
            DivisionCode.isValid(parentColumn) ? parentColumn : "-");
      }
      return Division.of(code, f.get(2));
    }

    /**
     * Checks everything and builds the directory.
     *
     * @return the directory
     * @throws org.sanshe.core.error.InvalidInputException listing every problem: bad CSV lines,
     *     duplicates ({@code REGISTRY_DIVISION_DUPLICATE}), divisions below county level whose
     *     parent is missing ({@code REGISTRY_DIVISION_PARENT_UNKNOWN}) and bad local units
     */
    public Divisions build() {
      Problems.Builder all = Problems.builder().addAll(problems.build());
      Map<DivisionCode, List<Division>> kids = new HashMap<>();
      for (Division d : byCode.values()) {
        Optional<DivisionCode> parent = d.parent();
        boolean needsParent =
            d.level() == DivisionLevel.TOWNSHIP || d.level() == DivisionLevel.VILLAGE;
        if (parent.isPresent() && byCode.containsKey(parent.get().value())) {
          kids.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(d);
        } else if (needsParent) {
          all.add(
              Problem.of(
                  d.code().value(),
                  new RegistryException(
                      RegistryError.REGISTRY_DIVISION_PARENT_UNKNOWN,
                      d.code(),
                      parent.map(DivisionCode::value).orElse(""))));
        }
      }
      for (LocalUnit unit : pendingUnits) {
        try {
          checkLocalUnit(byCode, localUnits, unit);
          localUnits
              .computeIfAbsent(unit.community(), k -> new TreeMap<>())
              .put(unit.localCode(), unit);
        } catch (RegistryException e) {
          all.add(unit.path(), e);
        }
      }
      all.build().throwIfErrors();
      Map<DivisionCode, List<Division>> frozenKids = new HashMap<>();
      kids.forEach((k, v) -> frozenKids.put(k, List.copyOf(v)));
      Map<DivisionCode, NavigableMap<String, LocalUnit>> frozenUnits = new HashMap<>();
      localUnits.forEach(
          (k, v) -> frozenUnits.put(k, Collections.unmodifiableNavigableMap(new TreeMap<>(v))));
      return new Divisions(
          Collections.unmodifiableNavigableMap(new TreeMap<>(byCode)),
          Map.copyOf(frozenKids),
          Map.copyOf(frozenUnits));
    }
  }
}
