package no.oslocancercluster.history.citation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A page's citation for reference managers: a BibTeX entry and CSL-JSON, with the same
 * facts as the styled entries and no date of access (the reader's own).
 */
final class CitationFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// BibTeX's month macros.
	private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec" };

	private CitationFiles() {
	}

	/**
	 * A {@code @misc} entry (BibTeX's type for a web page, which biblatex reads too), the
	 * organisation braced as one name.
	 */
	static String bibtex(CitedPage page) {
		StringBuilder bib = new StringBuilder("@misc{").append(page.key()).append(",\n");
		field(bib, "author", "{" + escape(page.author()) + "}");
		field(bib, "title", escape(page.title()));
		LocalDate updated = page.updated();
		if (updated != null) {
			field(bib, "year", Integer.toString(updated.getYear()));
			bib.append("  month = ").append(MONTHS[updated.getMonthValue() - 1]).append(",\n");
			field(bib, "date", updated.toString());
		}
		field(bib, "url", page.url().replace("%", "\\%").replace("#", "\\#"));
		field(bib, "howpublished", "\\url{" + page.url().replace("%", "\\%").replace("#", "\\#") + "}");
		field(bib, "language", (page.language().tag().equals("nb")) ? "norsk" : "english");
		return bib.append("}\n").toString();
	}

	/**
	 * The page as a CSL-JSON item list.
	 */
	static String cslJson(CitedPage page) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", page.key());
		item.put("type", "webpage");
		item.put("title", page.title());
		item.put("author", List.of(Map.of("literal", page.author())));
		if (page.updated() != null) {
			LocalDate updated = page.updated();
			item.put("issued", Map.of("date-parts",
					List.of(List.of(updated.getYear(), updated.getMonthValue(), updated.getDayOfMonth()))));
		}
		item.put("URL", page.url());
		item.put("language", page.language().tag());
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(item)) + "\n";
	}

	private static void field(StringBuilder bib, String name, String value) {
		bib.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	// TeX's special characters as text.
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '{', '}', '&', '%', '$', '#', '_' -> escaped.append('\\').append(c);
				case '^' -> escaped.append("\\^{}");
				case '~' -> escaped.append("\\~{}");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
