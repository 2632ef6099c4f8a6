package org.sanshe.jdbc.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanshe.jdbc.Dialect;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;

/**
 * The versioned SQL schema of one component, such as the time bank's journal tables.
 *
 * <p>Its files are class-path resources {@code <basePath>/<dialect folder>/V<n>__<what>.sql} (the
 * folder is {@link Dialect#schemaFolder()}), plain SQL with statements ended by {@code ;} at the
 * end of a line, {@code --} comment lines and the placeholder {@code ${prefix}} for the table
 * prefix: the naming of Flyway and Liquibase's formatted SQL, so that an integrator's own tool can
 * run the same files with a {@code prefix} placeholder. Jars cannot be listed, so the file names
 * are given; their order does not matter, versions do. Immutable and thread-safe.
 */
public final class Schema {

  /** The longest component name (the width of the history table's column). */
  public static final int MAX_COMPONENT_LENGTH = 64;

  private static final Pattern COMPONENT = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final Pattern FILE_NAME =
      Pattern.compile("V([1-9][0-9]{0,8})__([a-z0-9_]+)\\.sql");

  private final String component;
  private final ClassLoader loader;
  private final String basePath;
  private final List<Version> versions;

  /** One file of a schema: its version, description and file name. */
  record Version(int number, String description, String fileName) {}

  private Schema(String component, ClassLoader loader, String basePath, List<Version> versions) {
    this.component = component;
    this.loader = loader;
    this.basePath = basePath;
    this.versions = versions;
  }

  /**
   * Describes a component's schema.
   *
   * @param component the component's name, such as {@code time-bank}: lower case letters, digits,
   *     underscores and hyphens, at most {@value #MAX_COMPONENT_LENGTH} characters, not null
   * @param loader the class loader that sees the resources, not null
   * @param basePath the resource folder above the dialect folders, such as {@code
   *     org/sanshe/timebank/jdbc/schema}, not null
   * @param fileNames the file names, such as {@code V1__journal.sql}, at least one, not null
   * @return the schema
   * @throws JdbcException {@link JdbcError#JDBC_SCHEMA_COMPONENT_INVALID} for a bad component name,
   *     {@link JdbcError#JDBC_SCHEMA_INVALID} for a misnamed file or a repeated version
   */
  public static Schema of(
      String component, ClassLoader loader, String basePath, List<String> fileNames) {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(basePath, "basePath");
    Objects.requireNonNull(fileNames, "fileNames");
    if (!COMPONENT.matcher(component).matches() || component.length() > MAX_COMPONENT_LENGTH) {
      throw new JdbcException(JdbcError.JDBC_SCHEMA_COMPONENT_INVALID, MAX_COMPONENT_LENGTH);
    }
    if (fileNames.isEmpty()) {
      throw new JdbcException(JdbcError.JDBC_SCHEMA_INVALID, component, "(none)");
    }
    List<Version> versions = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (String fileName : fileNames) {
      Matcher m = FILE_NAME.matcher(Objects.requireNonNull(fileName, "fileName"));
      if (!m.matches() || !seen.add(Integer.parseInt(m.group(1)))) {
        throw new JdbcException(JdbcError.JDBC_SCHEMA_INVALID, component, fileName);
      }
      versions.add(
          new Version(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), fileName));
    }
    versions.sort(Comparator.comparingInt(Version::number));
    String base = basePath.replaceAll("^/+", "").replaceAll("/+$", "");
    return new Schema(component, loader, base, List.copyOf(versions));
  }

  /**
   * Returns the component's name.
   *
   * @return the name
   */
  public String component() {
    return component;
  }

  /**
   * Returns the version the code needs: the highest version of its files.
   *
   * @return the latest version
   */
  public int latestVersion() {
    return versions.get(versions.size() - 1).number();
  }

  /**
   * Returns the versions of the files, ascending.
   *
   * @return an unmodifiable list
   */
  public List<Integer> versionNumbers() {
    return versions.stream().map(Version::number).toList();
  }

  /**
   * Returns the resource path of a file for a dialect.
   *
   * @param dialect the dialect, not null
   * @param fileName the file name, not null
   * @return the path, such as {@code org/sanshe/x/schema/postgresql/V1__journal.sql}
   */
  public String resourcePath(Dialect dialect, String fileName) {
    return (basePath.isEmpty() ? "" : basePath + "/") + dialect.schemaFolder() + "/" + fileName;
  }

  List<Version> versions() {
    return versions;
  }

  ClassLoader loader() {
    return loader;
  }

  @Override
  public String toString() {
    return "Schema[" + component + ", versions " + versionNumbers() + "]";
  }
}
