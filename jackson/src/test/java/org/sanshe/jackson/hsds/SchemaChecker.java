package org.sanshe.jackson.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small JSON Schema checker for the keywords the transcribed HSDS schemas use: {@code type},
 * {@code required}, {@code properties}, {@code items}, {@code enum}, {@code format} ({@code uuid}
 * and {@code uri}), {@code allOf} and {@code $ref} to another schema file of the same folder.
 * Annotations ({@code $id}, {@code title}, {@code description}) are ignored; any other keyword or
 * format fails loudly, so a schema cannot hold a rule this checker would silently skip.
 *
 * <p>In closed mode an object may hold only properties some applicable schema declares: the HSDS
 * schemas allow further properties, but the export writes none, and a misspelled or camelCase name
 * would otherwise pass unnoticed.
 *
 * <p>Not thread-safe (caches loaded schemas); one per test.
 */
final class SchemaChecker {

  private static final Set<String> KEYWORDS =
      Set.of(
          "$id",
          "title",
          "description",
          "type",
          "required",
          "properties",
          "items",
          "enum",
          "format",
          "allOf",
          "$ref");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final String folder;
  private final boolean closed;
  private final ObjectMapper reader = new ObjectMapper();
  private final Map<String, JsonNode> loaded = new HashMap<>();

  /**
   * Creates a checker reading schemas from a class-path folder.
   *
   * @param folder such as {@code /hsds-3.0/}
   * @param closed whether undeclared properties are errors
   */
  SchemaChecker(String folder, boolean closed) {
    this.folder = folder;
    this.closed = closed;
  }

  /**
   * Checks a JSON value against a schema file.
   *
   * @param schemaFile the file name in the folder, such as {@code service.json}
   * @param value the JSON value
   * @return the violations, each with its JSON pointer; empty if the value is valid
   */
  List<String> check(String schemaFile, JsonNode value) {
    List<String> errors = new ArrayList<>();
    check(load(schemaFile), value, "", errors, closed);
    return errors;
  }

  private JsonNode load(String file) {
    return loaded.computeIfAbsent(
        file,
        f -> {
          try (InputStream in = SchemaChecker.class.getResourceAsStream(folder + f)) {
            if (in == null) {
              throw new IllegalArgumentException("no schema " + folder + f);
            }
            return reader.readTree(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Checks a value; {@code closeHere} is false for the parts of an {@code allOf}, whose properties
   * the enclosing schema's closed check already counts.
   */
  private void check(
      JsonNode schema, JsonNode value, String path, List<String> errors, boolean closeHere) {
    for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
      String keyword = names.next();
      if (!KEYWORDS.contains(keyword)) {
        throw new IllegalStateException("unsupported keyword " + keyword + " at " + path);
      }
    }
    if (schema.has("$ref")) {
      check(load(schema.get("$ref").asText()), value, path, errors, closeHere);
    }
    if (schema.has("allOf")) {
      for (JsonNode part : schema.get("allOf")) {
        check(part, value, path, errors, false);
      }
    }
    if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
      errors.add(path + ": expected " + schema.get("type").asText() + ", found " + kind(value));
      return;
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : schema.get("enum")) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        errors.add(path + ": not one of " + schema.get("enum"));
      }
    }
    if (schema.has("format") && value.isTextual()) {
      checkFormat(schema.get("format").asText(), value.asText(), path, errors);
    }
    if (value.isObject()) {
      checkObject(schema, value, path, errors, closeHere);
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), path + "/" + i, errors, closed);
      }
    }
  }

  private void checkObject(
      JsonNode schema, JsonNode value, String path, List<String> errors, boolean closeHere) {
    if (schema.has("required")) {
      for (JsonNode name : schema.get("required")) {
        if (!value.has(name.asText())) {
          errors.add(path + ": required property " + name.asText() + " is missing");
        }
      }
    }
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode propertySchema = properties.get(field.getKey());
        if (propertySchema != null) {
          check(propertySchema, field.getValue(), path + "/" + field.getKey(), errors, closed);
        }
      }
    }
    if (closeHere && properties != null) {
      Set<String> declared = declared(schema);
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!declared.contains(name)) {
          errors.add(path + ": property " + name + " is not in the schema");
        }
      }
    }
  }

  /** The property names a schema declares, through $ref and allOf. */
  private Set<String> declared(JsonNode schema) {
    Set<String> names = new LinkedHashSet<>();
    if (schema.has("properties")) {
      schema.get("properties").fieldNames().forEachRemaining(names::add);
    }
    if (schema.has("$ref")) {
      names.addAll(declared(load(schema.get("$ref").asText())));
    }
    if (schema.has("allOf")) {
      for (JsonNode part : schema.get("allOf")) {
        names.addAll(declared(part));
      }
    }
    return names;
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "string" -> value.isTextual();
      case "number" -> value.isNumber();
      case "integer" -> value.isIntegralNumber();
      case "boolean" -> value.isBoolean();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "null" -> value.isNull();
      default -> throw new IllegalStateException("unsupported type " + type);
    };
  }

  private static String kind(JsonNode value) {
    return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void checkFormat(String format, String text, String path, List<String> errors) {
    switch (format) {
      case "uuid" -> {
        if (!UUID.matcher(text).matches()) {
          errors.add(path + ": not a uuid");
        }
      }
      case "uri" -> {
        try {
          if (!new URI(text).isAbsolute()) {
            errors.add(path + ": not an absolute uri");
          }
        } catch (URISyntaxException e) {
          errors.add(path + ": not a uri");
        }
      }
      default -> throw new IllegalStateException("unsupported format " + format);
    }
  }

  @Override
  public String toString() {
    return "SchemaChecker[" + Objects.requireNonNull(folder) + (closed ? ", closed" : "") + "]";
  }
}
