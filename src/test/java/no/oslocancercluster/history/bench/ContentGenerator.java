package no.oslocancercluster.history.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic content folder of N sections with M milestones each, valid for the
 * site's checks, to measure how loading and serving scale. Usage:
 * {@code ContentGenerator <folder> <sections> <milestones per section>}.
 */
public final class ContentGenerator {

	private ContentGenerator() {
	}

	public static void main(String[] args) throws IOException {
		generate(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
	}

	public static void generate(Path folder, int sections, int milestones) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("index.md"), """
				---
				title: A synthetic history
				summary: Generated content to measure how the site scales.
				---
				This history has %d sections with %d milestones each.
				""".formatted(sections, milestones));
		for (int s = 1; s <= sections; s++) {
			Files.writeString(folder.resolve("section-" + s + ".md"), section(s, milestones));
		}
	}

	private static String section(int number, int milestones) {
		StringBuilder front = new StringBuilder("---\ntitle: Section " + number + "\nsummary: The story of part "
				+ number + ", told in " + milestones + " steps.\norder: " + number + "\nmilestones:\n");
		StringBuilder body = new StringBuilder();
		for (int m = 1; m <= milestones; m++) {
			int year = 1900 + (number * 7 + m * 13) % 125;
			String date = (m % 3 == 0) ? Integer.toString(year) : (m % 3 == 1) ? year + "-%02d".formatted(1 + m % 12)
					: year + "-%02d-%02d".formatted(1 + m % 12, 1 + m % 28);
			front.append("  - date: \"")
				.append(date)
				.append("\"\n    title: Step ")
				.append(m)
				.append(" of part ")
				.append(number)
				.append("\n    anchor: step-")
				.append(m)
				.append('\n');
			body.append("## Step ")
				.append(m)
				.append(" {#step-")
				.append(m)
				.append("}\n\n")
				.append("In ")
				.append(year)
				.append(", part ")
				.append(number)
				.append(" took *step ")
				.append(m)
				.append("*: a paragraph of ordinary length that tells what happened, who was there and why it ")
				.append("mattered, with a [link to the first part](/section-1).\n\n");
		}
		return front.append("---\n\n").append(body).toString();
	}

}
