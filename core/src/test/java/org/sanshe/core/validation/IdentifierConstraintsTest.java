package org.sanshe.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdentifierConstraintsTest {

  /** A portal form. */
  static final class OrganizationForm {
    @UnifiedSocialCreditCode String uscc;
    @DivisionCode String community;
    @ResidentIdNumber String contactId;

    OrganizationForm(String uscc, String community, String contactId) {
      this.uscc = uscc;
      this.community = community;
      this.contactId = contactId;
    }
  }

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void valid_values_and_nulls_pass() {
    assertThat(
            validator.validate(
                new OrganizationForm("53100000500019795A", "320114001001", "11010519491231002X")))
        .isEmpty();
    assertThat(validator.validate(new OrganizationForm(null, null, null))).isEmpty();
  }

  @Test
  void invalid_values_fail_with_our_messages() {
    Set<ConstraintViolation<OrganizationForm>> violations =
        validator.validate(
            new OrganizationForm("53100000500012015T", "32011400", "110105194912310021"));
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("uscc", "community", "contactId");
    assertThat(violations)
        .extracting(ConstraintViolation::getMessageTemplate)
        .allMatch(t -> t.startsWith("{org.sanshe.core.validation."));
    assertThat(violations)
        .filteredOn(v -> v.getPropertyPath().toString().equals("uscc"))
        .singleElement()
        .extracting(ConstraintViolation::getMessage)
        .asString()
        .contains("Unified Social Credit Code");
  }

  @Test
  void messages_are_translated_to_chinese() {
    try (ValidatorFactory chinese =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new LocaleInterpolator(Locale.SIMPLIFIED_CHINESE))
            .buildValidatorFactory()) {
      Set<ConstraintViolation<OrganizationForm>> violations =
          chinese.getValidator().validate(new OrganizationForm("X", null, null));
      assertThat(violations)
          .singleElement()
          .extracting(ConstraintViolation::getMessage)
          .asString()
          .contains("统一社会信用代码");
    }
  }

  /** Interpolates in a fixed locale, as a portal does for its user's language. */
  private static final class LocaleInterpolator implements jakarta.validation.MessageInterpolator {
    private final ResourceBundleMessageInterpolator delegate =
        new ResourceBundleMessageInterpolator(
            new PlatformResourceBundleLocator("ValidationMessages"));
    private final Locale locale;

    LocaleInterpolator(Locale locale) {
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale l) {
      return delegate.interpolate(template, context, l);
    }
  }
}
