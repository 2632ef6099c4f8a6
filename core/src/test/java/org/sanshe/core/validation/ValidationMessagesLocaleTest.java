package org.sanshe.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.Test;

class ValidationMessagesLocaleTest {

  private static final String KEY = "org.sanshe.core.validation.DivisionCode.message";

  private static String bundle(Locale locale) {
    return ResourceBundle.getBundle("ContributorValidationMessages", locale).getString(KEY);
  }

  @Test
  void chinese_messages_exist_for_zh_as_well_as_zh_cn_and_serve_every_chinese_locale() {
    String chinese = bundle(Locale.SIMPLIFIED_CHINESE);
    assertThat(chinese).contains("行政区划代码");
    for (String tag : new String[] {"zh", "zh-Hans", "zh-TW", "zh-HK", "zh-SG"}) {
      assertThat(bundle(Locale.forLanguageTag(tag))).as(tag).isEqualTo(chinese);
    }
    assertThat(bundle(Locale.ROOT)).doesNotContain("行政区划代码");
  }

  /** The form a portal validates. */
  public record Form(@DivisionCode String community) {}

  @Test
  void hibernate_validator_interpolates_chinese_for_plain_zh_and_for_zh_tw() {
    for (Locale locale : new Locale[] {Locale.CHINESE, Locale.TRADITIONAL_CHINESE}) {
      ResourceBundleMessageInterpolator delegate =
          new ResourceBundleMessageInterpolator(
              new PlatformResourceBundleLocator("ValidationMessages"));
      try (ValidatorFactory factory =
          Validation.byDefaultProvider()
              .configure()
              .messageInterpolator(
                  new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                      return delegate.interpolate(template, context, locale);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale l) {
                      return delegate.interpolate(template, context, locale);
                    }
                  })
              .buildValidatorFactory()) {
        Set<ConstraintViolation<Form>> violations = factory.getValidator().validate(new Form("12"));
        assertThat(violations)
            .as(locale.toString())
            .singleElement()
            .extracting(ConstraintViolation::getMessage)
            .asString()
            .contains("行政区划代码");
      }
    }
  }
}
