package org.sanshe.jackson.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationRegistry;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.jackson.internal.Values;

/**
 * Bulk JSON for the registry: a configured mapper, streaming export of organizations as one JSON
 * array, and streaming import that reads every element, reports every bad one (index {@code [i]},
 * code, message) and imports nothing unless all are good.
 *
 * <p>Stateless; the mapper it returns is thread-safe once configured.
 */
public final class RegistryJson {

  private RegistryJson() {}

  /**
   * Returns a new storage mapper (personal data in full) with the core module, omitting nulls and
   * empty collections when writing and refusing unknown properties when reading (a missing version
   * reads as 0).
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(new SansheCoreModule(PersonalData.FULL));
    mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);
    // what writing leaves out as empty reads back as empty, not as missing
    for (Class<?> type : List.of(List.class, Set.class, Map.class)) {
      mapper.configOverride(type).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return mapper;
  }

  /**
   * Writes organizations as one JSON array of snapshots, streaming.
   *
   * @param mapper a mapper with the registry module, not null
   * @param organizations the organizations, not null
   * @param out the stream, not null; not closed
   * @throws RegistryException with {@code REGISTRY_READ_FAILED} when writing fails
   */
  public static void writeOrganizations(
      ObjectMapper mapper, Iterable<Organization> organizations, OutputStream out) {
    Objects.requireNonNull(organizations, "organizations");
    ObjectWriter writer = mapper.writerFor(OrganizationSnapshot.class);
    try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      gen.writeStartArray();
      for (Organization o : organizations) {
        writer.writeValue(gen, o.snapshot());
      }
      gen.writeEndArray();
    } catch (IOException e) {
      throw new RegistryException(RegistryError.REGISTRY_READ_FAILED, e);
    }
  }

  /**
   * The result of reading a JSON array: one entry per element, null where the element was bad, and
   * the problems found.
   *
   * @param <T> the element type
   * @param elements the elements read, by index, null for bad ones
   * @param problems the problems, with paths {@code [i]}
   */
  public record Read<T>(List<T> elements, Problems problems) {}

  /**
   * Reads a JSON array of organization snapshots, streaming, and restores each one. Each element is
   * read straight from the token stream (no intermediate tree) and restored; a bad element is
   * reported with its index and skipped; a syntax error ends the reading and is reported too.
   *
   * @param mapper a mapper with the registry module, not null
   * @param in the stream, not null; not closed
   * @return every element read and every problem (unreadable JSON values, broken rules)
   * @throws RegistryException with {@code REGISTRY_READ_FAILED} when the stream fails
   */
  public static Read<Organization> readOrganizations(ObjectMapper mapper, InputStream in) {
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(in, "in");
    OrganizationSnapshotReader snapshots = new OrganizationSnapshotReader();
    List<Organization> elements = new ArrayList<>();
    Problems.Builder problems = Problems.builder();
    int i = 0;
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (p.nextToken() != JsonToken.START_ARRAY) {
        problems.add(
            "", new RegistryException(RegistryError.REGISTRY_JSON_INVALID, "not an array"));
        return new Read<>(List.of(), problems.build());
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          problems.add(
              "[" + i + "]",
              new RegistryException(RegistryError.REGISTRY_JSON_INVALID, "unexpected end"));
          break;
        }
        Organization element = null;
        try {
          element = Organization.restore(snapshots.read(p));
        } catch (SansheException e) {
          problems.add("[" + i + "]", e);
        }
        elements.add(element);
        i++;
      }
    } catch (StreamReadException e) {
      problems.add("[" + i + "]", syntax(e));
    } catch (IOException e) {
      throw new RegistryException(RegistryError.REGISTRY_READ_FAILED, e);
    }
    return new Read<>(elements, problems.build());
  }

  /**
   * Imports a JSON array of organizations into the registry: all or nothing.
   *
   * @param mapper a mapper with the registry module, not null
   * @param in the stream, not null; not closed
   * @param registry the registry, not null
   * @return how many organizations were imported
   * @throws org.sanshe.core.error.InvalidInputException listing every bad element by index with its
   *     code and message; nothing is imported then
   */
  public static int importOrganizations(
      ObjectMapper mapper, InputStream in, OrganizationRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    Read<Organization> read = readOrganizations(mapper, in);
    return registry.importAll(read.elements(), read.problems());
  }

  /**
   * Reads a JSON array element by element: each element is bound to its snapshot type and
   * converted; a bad element is reported and skipped, a syntax error ends the reading.
   *
   * @param <S> the snapshot type
   * @param <T> the element type
   * @param mapper the mapper, not null
   * @param in the stream, not null; not closed
   * @param snapshotType the type each element binds to, not null
   * @param convert converts a snapshot, may throw {@link SansheException}
   * @return the elements and problems
   * @throws RegistryException with {@code REGISTRY_READ_FAILED} when the stream fails
   */
  public static <S, T> Read<T> readArray(
      ObjectMapper mapper, InputStream in, Class<S> snapshotType, Function<S, T> convert) {
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(in, "in");
    ObjectReader reader = mapper.readerFor(snapshotType);
    List<T> elements = new ArrayList<>();
    Problems.Builder problems = Problems.builder();
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (p.nextToken() != JsonToken.START_ARRAY) {
        problems.add(
            "", new RegistryException(RegistryError.REGISTRY_JSON_INVALID, "not an array"));
        return new Read<>(List.of(), problems.build());
      }
      int i = 0;
      while (true) {
        JsonToken token;
        try {
          token = p.nextToken();
        } catch (StreamReadException e) {
          problems.add("[" + i + "]", syntax(e));
          break;
        }
        if (token == JsonToken.END_ARRAY) {
          break;
        }
        if (token == null) {
          problems.add(
              "[" + i + "]",
              new RegistryException(RegistryError.REGISTRY_JSON_INVALID, "unexpected end"));
          break;
        }
        String path = "[" + i + "]";
        TokenBuffer buffer = new TokenBuffer(p);
        try {
          buffer.copyCurrentStructure(p);
        } catch (StreamReadException e) {
          problems.add(path, syntax(e));
          break;
        }
        T element = null;
        try (JsonParser elementParser = buffer.asParser(p.getCodec())) {
          S snapshot = reader.readValue(elementParser);
          if (snapshot == null) {
            throw new RegistryException(RegistryError.REGISTRY_JSON_INVALID, "null element");
          }
          element = convert.apply(snapshot);
        } catch (JsonProcessingException e) {
          problems.add(path, mapping(e));
        } catch (SansheException e) {
          problems.add(path, e);
        }
        elements.add(element);
        i++;
      }
    } catch (IOException e) {
      throw new RegistryException(RegistryError.REGISTRY_READ_FAILED, e);
    }
    return new Read<>(elements, problems.build());
  }

  /**
   * The parser's own message quotes the input, so the error names only where it happened; the
   * parser's exception is not kept as the cause for the same reason.
   */
  private static RegistryException syntax(StreamReadException e) {
    var l = e.getLocation();
    Wording where =
        l == null
            ? Wording.of("in the document", "在文档中")
            : Wording.of(
                "at line " + l.getLineNr() + ", column " + l.getColumnNr(),
                "在第 " + l.getLineNr() + " 行第 " + l.getColumnNr() + " 列");
    return new RegistryException(RegistryError.REGISTRY_JSON_INVALID, where);
  }

  private static SansheException mapping(JsonProcessingException e) {
    if (e instanceof JsonMappingException m) {
      SansheException cause = Values.sansheCause(m);
      if (cause != null) {
        return cause;
      }
    }
    // the mapper's message quotes the value: name only the place, as a JSON pointer of field names
    // and indexes, and do not keep the mapper's exception as the cause
    StringBuilder pointer = new StringBuilder();
    if (e instanceof JsonMappingException m) {
      for (var ref : m.getPath()) {
        pointer.append('/');
        if (ref.getFieldName() != null) {
          pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
        } else {
          pointer.append(ref.getIndex());
        }
      }
    }
    String at = pointer.length() > 200 ? pointer.substring(0, 200) + "..." : pointer.toString();
    return new RegistryException(
        RegistryError.REGISTRY_JSON_INVALID,
        at.isEmpty() ? Wording.of("in the document", "在文档中") : Wording.of("at " + at, "位于 " + at));
  }

  /**
   * Formats problems one per line, for logs and command-line tools.
   *
   * @param problems the problems, not null
   * @return the lines
   */
  public static List<String> describe(Problems problems) {
    List<String> lines = new ArrayList<>();
    for (Problem p : problems) {
      lines.add(p.toString());
    }
    return lines;
  }
}
