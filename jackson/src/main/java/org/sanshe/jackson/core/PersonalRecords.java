package org.sanshe.jackson.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.sanshe.core.registry.organization.ContactPerson;
import org.sanshe.core.registry.organization.ContactPhone;
import org.sanshe.core.registry.organization.RegistrationDetails;

/**
 * The personal data of organization records in masked mode: the legal representative's and contact
 * persons' names keep their first character, a person's phone keeps its first three and last two
 * characters. The domain refuses names holding '*' and phones holding anything but digits and
 * separators, so masked output is never read back as data. Stateless.
 */
final class PersonalRecords {

  private PersonalRecords() {}

  static void registerMasked(SimpleModule module) {
    module.setMixInAnnotation(RegistrationDetails.class, DetailsMixIn.class);
    module.setMixInAnnotation(ContactPerson.class, PersonMixIn.class);
    module.addSerializer(ContactPhone.class, new PhoneSerializer());
  }

  static String mask(String name) {
    int first = Character.charCount(name.codePointAt(0));
    return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
  }

  private abstract static class DetailsMixIn {
    @JsonSerialize(using = MaskedName.class)
    abstract String legalRepresentative();
  }

  private abstract static class PersonMixIn {
    @JsonSerialize(using = MaskedName.class)
    abstract String name();
  }

  /** Writes a name masked. */
  static final class MaskedName extends JsonSerializer<String> {
    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(mask(value));
    }
  }

  /** Writes a phone with its number masked when it is a person's. */
  private static final class PhoneSerializer extends JsonSerializer<ContactPhone> {
    @Override
    public void serialize(ContactPhone value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("number", value.shown());
      gen.writeBooleanField("personal", value.personal());
      gen.writeEndObject();
    }
  }
}
