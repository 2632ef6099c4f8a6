package org.sanshe.core.satisfaction.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.function.Function;
import org.sanshe.core.json.SansheCoreModule;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.core.satisfaction.instrument.ItemId;
import org.sanshe.core.satisfaction.instrument.PointsMapping;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Weight;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.SubjectId;

/**
 * The Jackson module of satisfaction scoring: its single-value types as plain JSON strings, read
 * back through their strict parsers ({@code "SOCIAL_WORKER:wang"}, {@code "2026-H1"}, {@code
 * "0.3"}, {@code "173/2"}, {@code "5A"}). No default typing, no class names. Register it with
 * {@code ObjectMapper.registerModule} on the module path; on the class path {@code
 * findAndRegisterModules()} finds it. Immutable once built.
 */
public final class SatisfactionJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public SatisfactionJsonModule() {
    super("SatisfactionJsonModule", Version.unknownVersion());
    string(SubjectId.class, SubjectId::toString, SubjectId::parse);
    string(Period.class, Period::code, Period::parse);
    string(ItemId.class, ItemId::code, ItemId::of);
    string(QuestionnaireId.class, QuestionnaireId::code, QuestionnaireId::of);
    string(Weight.class, Weight::toString, Weight::parse);
    string(Fraction.class, Fraction::toString, Fraction::parse);
    string(Grade.class, Grade::code, Grade::of);
    string(PointsMapping.class, PointsMapping::toString, PointsMapping::parse);
  }

  private <T> void string(Class<T> type, Function<T, String> writer, Function<String, T> parser) {
    addSerializer(type, SansheCoreModule.serializer(writer));
    addDeserializer(type, SansheCoreModule.deserializer(type, parser));
  }
}
