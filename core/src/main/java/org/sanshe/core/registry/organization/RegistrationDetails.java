package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * What a registration form holds beyond name, legal form and standing: the legal representative
 * (personal data; a name holding '*', which is how masked names look, is refused), contact details,
 * the registered address, business scope, supervising unit, founding date, integrator-defined
 * attributes, the incubation and the date the organization closed. Every component but the lists
 * and the map may be null (unknown); null lists and maps read as empty. Immutable and thread-safe;
 * {@link #toString()} masks personal data.
 *
 * <p>Bounds: at most {@value #MAX_PHONES} phones, {@value #MAX_CONTACTS} contacts and {@value
 * #MAX_ATTRIBUTES} attributes; an attribute key is 1 to 64 lower-case ASCII letters, digits, '.',
 * '_' or '-', starting with a letter or digit; a value is a checked name of at most {@value
 * #MAX_ATTRIBUTE_LENGTH} code points; the business scope is free text of at most {@value
 * #MAX_SCOPE_LENGTH} code points.
 *
 * @param legalRepresentative the legal representative's name (法定代表人), or null
 * @param email the e-mail address, or null
 * @param website the website (http or https), or null
 * @param phones the phone numbers
 * @param contacts the contact persons
 * @param address the registered address, or null
 * @param businessScope the business scope (业务范围), or null
 * @param supervisingUnit the supervising unit (业务主管单位), or null
 * @param foundedOn the founding date, or null
 * @param attributes integrator-defined attributes, sorted by key
 * @param incubation the incubation, or null
 * @param closedOn the day the organization was deregistered or revoked, or null
 */
public record RegistrationDetails(
    String legalRepresentative,
    String email,
    String website,
    List<ContactPhone> phones,
    List<ContactPerson> contacts,
    RegisteredAddress address,
    String businessScope,
    String supervisingUnit,
    LocalDate foundedOn,
    Map<String, String> attributes,
    Incubation incubation,
    LocalDate closedOn) {

  /** The most phones: {@value}. */
  public static final int MAX_PHONES = 10;

  /** The most contact persons: {@value}. */
  public static final int MAX_CONTACTS = 10;

  /** The most attributes: {@value}. */
  public static final int MAX_ATTRIBUTES = 32;

  /** The longest attribute value in code points: {@value}. */
  public static final int MAX_ATTRIBUTE_LENGTH = 500;

  /** The longest business scope in code points: {@value}. */
  public static final int MAX_SCOPE_LENGTH = 500;

  /** Nothing known. */
  public static final RegistrationDetails EMPTY =
      new RegistrationDetails(
          null, null, null, null, null, null, null, null, null, null, null, null);

  /**
   * Checks, normalizes and copies the components.
   *
   * @throws RegistryException with {@code ORGANIZATION_RECORD_INVALID} naming the field and rule
   */
  public RegistrationDetails {
    legalRepresentative =
        legalRepresentative == null
            ? null
            : PersonalText.unmasked(
                BoundedText.name(legalRepresentative, REPRESENTATIVE, 100), REPRESENTATIVE);
    email = email == null ? null : checkEmail(email);
    website = website == null ? null : checkWebsite(website);
    phones = phones == null ? List.of() : List.copyOf(phones);
    if (phones.size() > MAX_PHONES) {
      throw invalid(Wording.of("phones", "电话"), Wording.of("at most 10", "最多 10 个"));
    }
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    if (contacts.size() > MAX_CONTACTS) {
      throw invalid(Wording.of("contacts", "联系人"), Wording.of("at most 10", "最多 10 个"));
    }
    businessScope =
        businessScope == null
            ? null
            : BoundedText.freeText(
                businessScope, Wording.of("business scope", "业务范围"), MAX_SCOPE_LENGTH);
    supervisingUnit =
        supervisingUnit == null
            ? null
            : BoundedText.name(
                supervisingUnit,
                Wording.of("supervising unit", "业务主管单位"),
                BoundedText.MAX_NAME_LENGTH);
    attributes = checkAttributes(attributes);
  }

  private static final Wording REPRESENTATIVE = Wording.of("legal representative", "法定代表人");

  private static RegistryException invalid(Wording field, Wording rule) {
    return new RegistryException(RegistryError.ORGANIZATION_RECORD_INVALID, field, rule);
  }

  private static String checkEmail(String email) {
    String e = email.strip();
    int at = e.indexOf('@');
    boolean ok =
        e.length() <= 254 && at > 0 && at == e.lastIndexOf('@') && e.indexOf('.', at) > at + 1;
    for (int i = 0; ok && i < e.length(); i++) {
      char c = e.charAt(i);
      ok = c > ' ' && c < 127;
    }
    if (!ok || e.endsWith(".")) {
      throw invalid(
          Wording.of("email", "电子邮箱"),
          Wording.of(
              "name@domain, printable ASCII, at most 254", "形如 name@domain 的 ASCII，最多 254 字符"));
    }
    return e;
  }

  private static String checkWebsite(String website) {
    String w = website.strip();
    boolean ok = w.length() <= 500 && (w.startsWith("https://") || w.startsWith("http://"));
    for (int i = 0; ok && i < w.length(); i++) {
      char c = w.charAt(i);
      ok = c > ' ' && c < 127;
    }
    if (!ok || w.endsWith("://")) {
      throw invalid(
          Wording.of("website", "网站"),
          Wording.of(
              "an http or https URL of at most 2000 ASCII characters",
              "http 或 https 网址，最多 2000 个 ASCII 字符"));
    }
    return w;
  }

  private static Map<String, String> checkAttributes(Map<String, String> attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return Map.of();
    }
    if (attributes.size() > MAX_ATTRIBUTES) {
      throw invalid(Wording.of("attributes", "自定义属性"), Wording.of("at most 32", "最多 32 个"));
    }
    TreeMap<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      String key = e.getKey();
      if (!validKey(key)) {
        throw invalid(
            Wording.of("attribute key", "属性名"),
            Wording.of(
                "1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit",
                "1 至 64 个 a-z、0-9、“.”“_”“-”，以字母或数字开头"));
      }
      out.put(
          key,
          BoundedText.name(
              Objects.requireNonNull(e.getValue(), "attribute value"),
              Wording.of("attribute value", "属性值"),
              MAX_ATTRIBUTE_LENGTH));
    }
    return Collections.unmodifiableMap(out);
  }

  private static boolean validKey(String key) {
    if (key == null || key.isEmpty() || key.length() > 64) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns these details with another address.
   *
   * @param newAddress the address, may be null
   * @return the details
   */
  public RegistrationDetails withAddress(RegisteredAddress newAddress) {
    return new RegistrationDetails(
        legalRepresentative,
        email,
        website,
        phones,
        contacts,
        newAddress,
        businessScope,
        supervisingUnit,
        foundedOn,
        attributes,
        incubation,
        closedOn);
  }

  /**
   * Returns these details with another incubation.
   *
   * @param newIncubation the incubation, may be null
   * @return the details
   */
  public RegistrationDetails withIncubation(Incubation newIncubation) {
    return new RegistrationDetails(
        legalRepresentative,
        email,
        website,
        phones,
        contacts,
        address,
        businessScope,
        supervisingUnit,
        foundedOn,
        attributes,
        newIncubation,
        closedOn);
  }

  /**
   * Returns these details with another closing date.
   *
   * @param newClosedOn the date, may be null
   * @return the details
   */
  public RegistrationDetails withClosedOn(LocalDate newClosedOn) {
    return new RegistrationDetails(
        legalRepresentative,
        email,
        website,
        phones,
        contacts,
        address,
        businessScope,
        supervisingUnit,
        foundedOn,
        attributes,
        incubation,
        newClosedOn);
  }

  /**
   * Returns the form's fields of other details (representative, contacts, scope, unit, founding
   * date, attributes) on top of this address, incubation and closing date, which only their own
   * commands change.
   *
   * @param form the other details, not null
   * @return the details
   */
  public RegistrationDetails withFormFieldsOf(RegistrationDetails form) {
    return new RegistrationDetails(
        form.legalRepresentative,
        form.email,
        form.website,
        form.phones,
        form.contacts,
        address,
        form.businessScope,
        form.supervisingUnit,
        form.foundedOn,
        form.attributes,
        incubation,
        closedOn);
  }

  /**
   * Returns a description with the legal representative, contacts and personal phones masked.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "RegistrationDetails["
        + (legalRepresentative == null
            ? ""
            : "representative " + PersonalText.maskName(legalRepresentative) + ", ")
        + "phones "
        + phones
        + ", contacts "
        + contacts
        + (address == null ? "" : ", address in " + address.place())
        + (incubation == null ? "" : ", " + incubation)
        + "]";
  }
}
