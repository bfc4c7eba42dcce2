package no.oslocancercluster.history.languages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface text of both languages stays in step: every message in English is also in
 * bokmål, with the same placeholders, and the other way round.
 */
class MessageBundlesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	private final Properties english = load("messages.properties");

	private final Properties norwegian = load("messages_nb.properties");

	@Test
	void bothLanguagesHaveTheSameMessages() {
		assertThat(this.norwegian.stringPropertyNames()).as("messages in English but not in messages_nb.properties")
			.containsAll(this.english.stringPropertyNames());
		assertThat(this.english.stringPropertyNames()).as("messages in bokmål but not in messages.properties")
			.containsAll(this.norwegian.stringPropertyNames());
	}

	@Test
	void everyMessageHasTextAndTheSamePlaceholders() {
		for (String key : this.english.stringPropertyNames()) {
			assertThat(this.english.getProperty(key)).as(key).isNotBlank();
			assertThat(this.norwegian.getProperty(key, "")).as(key).isNotBlank();
			assertThat(placeholders(this.norwegian.getProperty(key, ""))).as(key)
				.isEqualTo(placeholders(this.english.getProperty(key)));
		}
	}

	@Test
	void norwegianIsNotEnglishLeftUntranslated() {
		// Names stay the same in both (the organisation, the languages' own names, date
		// patterns, the pattern of a share card's text, a chart mark's "date: title",
		// "Person");
		// the rest differs.
		Set<String> same = new TreeSet<>();
		for (String key : this.english.stringPropertyNames()) {
			if (this.english.getProperty(key).equals(this.norwegian.getProperty(key))) {
				same.add(key);
			}
		}
		assertThat(same).containsExactlyInAnyOrder("site.name", "language.en", "language.nb", "date.month", "card.alt",
				"card.alt.undated", "timeline.chart.mark", "name.kind.person");
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
