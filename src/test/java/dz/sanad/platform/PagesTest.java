package dz.sanad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The one page-action idiom: its flash keys, the translated refusal and the form twin, without Spring. */
class PagesTest {

	private final Pages pages = new Pages(messages());

	private static StaticMessageSource messages() {
		var m = new StaticMessageSource();
		m.addMessage("demo.error.move", Locale.FRENCH, "Non autorisé : {0} → {1}.");
		m.addMessage("demo.error.year", Locale.FRENCH, "L’année {0} est passée.");
		m.addMessage("demo.field.year", Locale.FRENCH, "Année");
		m.addMessage("demo.saved", Locale.FRENCH, "Enregistré.");
		return m;
	}

	private static Map<String, Object> flashed(RedirectAttributesModelMap flash) {
		return new HashMap<>(flash.getFlashAttributes());
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aSuccessFlashesItsKeyAndRedirects() {
		var flash = new RedirectAttributesModelMap();
		assertThat(pages.run(flash, "/demo/1", "demo.saved", () -> { })).isEqualTo("redirect:/demo/1");
		assertThat(flashed(flash)).containsEntry(Pages.SUCCESS, "demo.saved").doesNotContainKey(Pages.ERROR);
	}

	@Test
	void aRefusalFlashesItsTranslatedTextWithEveryArgumentAndNoSuccess() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		var flash = new RedirectAttributesModelMap();
		String view = pages.run(flash, "/demo/1", "demo.saved", () -> {
			throw BusinessException.of("demo.error.move", "Publiée", "Annulée");
		});
		assertThat(view).isEqualTo("redirect:/demo/1");
		assertThat(flashed(flash)).containsEntry(Pages.ERROR, "Non autorisé : Publiée → Annulée.")
			.doesNotContainKey(Pages.SUCCESS).doesNotContainKey(Pages.ERROR_FIELD);
	}

	@Test
	void aRefusedFieldIsNamedByItsLabelAndFlashedForHighlighting() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		var flash = new RedirectAttributesModelMap();
		assertThat(pages.attempt(flash, "demo.saved", () -> {
			throw BusinessException.onField("year", "demo.error.year", "2020");
		})).isEmpty();
		assertThat(flashed(flash)).containsEntry(Pages.ERROR, "Année : L’année 2020 est passée.")
			.containsEntry(Pages.ERROR_FIELD, "year");
		var model = new ExtendedModelMap();
		assertThat(pages.succeeds(model, () -> {
			throw BusinessException.onField("year", "demo.error.year", "2020");
		})).isFalse();
		assertThat(model).containsEntry(Pages.ERROR, "Année : L’année 2020 est passée.");
	}

	@Test
	void theFormTwinPutsEachRefusalNextToItsFieldOrTheDefaultOne() {
		var form = new Form();
		var errors = new BeanPropertyBindingResult(form, "form");
		assertThat(Forms.succeeds(errors, "name", () -> {
			throw BusinessException.allOf(List.of(BusinessException.onField("year", "demo.error.year", "2020"),
					BusinessException.of("demo.error.move", "a", "b")));
		})).isFalse();
		assertThat(errors.getFieldError("year").getCode()).isEqualTo("demo.error.year");
		assertThat(errors.getFieldError("name").getCode()).isEqualTo("demo.error.move");
		assertThat(Forms.attempt(new BeanPropertyBindingResult(form, "form"), () -> 42)).contains(42);
	}

	public static class Form {

		private Integer year;

		private String name;

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}
	}
}
