package no.oslocancercluster.history.serving;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The static export's search index as its script reads it, searched by the script's
 * algorithm (js/search.js) in Java, so that a test can hold its answers against the
 * server's.
 */
final class ExportedIndex {

	private static final Pattern WORD = Pattern
		.compile("[\\p{L}\\p{M}\\p{N}_]+(?:(?:['\u2019.:\u00B7]|(?<=\\p{N})[,;](?=\\p{N}))[\\p{L}\\p{M}\\p{N}_]+)*");

	private final JsonNode file;

	private final Set<String> stop = new HashSet<>();

	private final Map<String, Integer> words = new LinkedHashMap<>();

	private final List<String> terms = new ArrayList<>();

	private final Map<String, Integer> termNumbers = new HashMap<>();

	ExportedIndex(byte[] json) {
		this.file = JsonMapper.builder().build().readTree(json);
		this.file.get("stop").forEach((word) -> this.stop.add(word.asString()));
		this.file.get("words").properties().forEach((word) -> this.words.put(word.getKey(), word.getValue().asInt()));
		this.file.get("terms").forEach((term) -> {
			this.termNumbers.put(term.asString(), this.terms.size());
			this.terms.add(term.asString());
		});
	}

	/**
	 * What a search finds: how many parts, and the addresses of the best, best first.
	 */
	Found search(String query, int max) {
		Map<String, Map<Integer, Float>> terms = terms(query);
		Map<Integer, double[]> found = new HashMap<>();
		terms.values().forEach((scores) -> scores.forEach((doc, score) -> {
			double[] hit = found.computeIfAbsent(doc, (key) -> new double[2]);
			hit[0] += score;
			hit[1]++;
		}));
		int needed = (terms.size() <= 2) ? terms.size() : (terms.size() + 1) / 2;
		Set<Integer> names = new HashSet<>();
		this.file.get("names").forEach((doc) -> names.add(doc.asInt()));
		List<Map.Entry<Integer, double[]>> hits = new ArrayList<>(found.entrySet()
			.stream()
			.filter((hit) -> hit.getValue()[1] >= (names.contains(hit.getKey()) ? terms.size() : needed))
			.toList());
		hits.sort(Comparator.comparing((Map.Entry<Integer, double[]> hit) -> -(float) hit.getValue()[0])
			.thenComparing(Map.Entry::getKey));
		return new Found(hits.size(),
				hits.stream()
					.limit(max)
					.map((hit) -> this.file.get("docs").get(hit.getKey()).get(0).asString())
					.toList());
	}

	// Each term of the query, with the parts it finds and their scores.
	private Map<String, Map<Integer, Float>> terms(String query) {
		Map<String, Map<Integer, Float>> terms = new LinkedHashMap<>();
		Matcher matcher = WORD.matcher(query.toLowerCase());
		while (matcher.find()) {
			String word = this.file.get("possessive").asBoolean()
					? matcher.group().replaceFirst("['\u2019\uFF07]s$", "") : matcher.group();
			if (!this.stop.contains(word) && terms.size() < 24) {
				Integer term = this.words.containsKey(word) ? this.words.get(word) : this.termNumbers.get(word);
				terms.putIfAbsent((term != null) ? "t" + term : "~" + word,
						(term != null) ? scores(term) : prefixScores(word));
			}
		}
		return terms;
	}

	private Map<Integer, Float> scores(int term) {
		Map<Integer, Float> scores = new HashMap<>();
		parts(term, (doc, score, fields) -> scores.put(doc, score));
		return scores;
	}

	// Each part a term finds, with its score and the fields that have the term.
	private void parts(int term, Part part) {
		JsonNode scores = this.file.get("hits").get(term).get(0);
		JsonNode pairs = this.file.get("hits").get(term).get(1);
		int doc = 0;
		for (int i = 0; i < pairs.size(); i += 2) {
			doc += pairs.get(i).asInt();
			int number = pairs.get(i + 1).asInt();
			part.found(doc, scores.get(number >> 5).floatValue(), number & 31);
		}
	}

	// A word the index does not know, taken as its own stem: the fields of each part that
	// have a term it begins.
	private Map<Integer, Float> prefixScores(String word) {
		Map<Integer, Integer> fields = new HashMap<>();
		for (int term = 0; term < this.terms.size(); term++) {
			if (word.length() >= this.file.get("prefixLength").asInt() && this.terms.get(term).startsWith(word)) {
				parts(term, (doc, score, mask) -> fields.merge(doc, mask, (one, other) -> one | other));
			}
		}
		Map<Integer, Float> scores = new HashMap<>();
		fields.forEach((doc, mask) -> {
			double sum = 0;
			for (int field = 0; field < this.file.get("prefixScores").size(); field++) {
				sum += ((mask & (1 << field)) != 0) ? this.file.get("prefixScores").get(field).floatValue() : 0;
			}
			scores.put(doc, (float) sum);
		});
		return scores;
	}

	private interface Part {

		void found(int doc, float score, int fields);

	}

	/**
	 * What a search found.
	 *
	 * @param total how many parts match
	 * @param hrefs the addresses of the best, best first
	 */
	record Found(int total, List<String> hrefs) {

	}

}
