package no.oslocancercluster.history.changes;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import no.oslocancercluster.history.content.store.ContentFolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pair of content folders for the change report: the same small history in English and
 * bokmål in both, and a change a test makes to the second.
 */
final class ChangeFixture {

	static final String FOUNDING = """
			---
			title: The founding
			summary: How the cluster began in 2006.
			order: 1
			milestones:
			  - date: "2006"
			    title: Oslo Cancer Cluster is initiated
			    anchor: initiated
			---
			## Initiated {#initiated}

			In 2006 Kaare Norum and Jónas Einarsson saw a natural cluster in oncology.

			Together they initiated Oslo Cancer Cluster.
			""";

	static final String FOUNDING_NB = """
			---
			title: Etableringen
			summary: Slik begynte klyngen i 2006.
			order: 1
			milestones:
			  - date: "2006"
			    title: Oslo Cancer Cluster blir etablert
			    anchor: initiated
			---
			## Etablert {#initiated}

			I 2006 så Kaare Norum og Jónas Einarsson en naturlig klynge innen onkologi.

			Sammen tok de initiativ til Oslo Cancer Cluster.
			""";

	static final String AWARDS = """
			---
			title: Awards
			summary: The cluster's awards.
			order: 2
			milestones:
			  - date: "2019-12"
			    title: Gold Label certificate
			    anchor: gold-label
			---
			## Gold Label {#gold-label}

			In December 2019 the cluster received the Gold Label.
			""";

	static final String AWARDS_NB = """
			---
			title: Priser
			summary: Klyngens priser.
			order: 2
			milestones:
			  - date: "2019-12"
			    title: Gold Label-sertifikat
			    anchor: gold-label
			---
			## Gold Label {#gold-label}

			I desember 2019 fikk klyngen Gold Label.
			""";

	static final String OVERVIEW_NB = """
			---
			title: Vår historie
			summary: Hvordan Oslo Cancer Cluster ble til.
			---
			Oslo Cancer Cluster ble etablert i 2006.
			""";

	private ChangeFixture() {
	}

	static ContentFolder history(Path folder) {
		return new ContentFolder(folder).write("index.nb.md", OVERVIEW_NB)
			.write("founding.md", FOUNDING)
			.write("founding.nb.md", FOUNDING_NB)
			.write("awards.md", AWARDS)
			.write("awards.nb.md", AWARDS_NB);
	}

	/**
	 * The report of the change, as the command prints it.
	 */
	static String report(Path temp, Consumer<ContentFolder> change, String... options) {
		ContentFolder base = history(temp.resolve("base"));
		ContentFolder head = history(temp.resolve("head"));
		change.accept(head);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String[] args = new String[options.length + 3];
		args[0] = "changes";
		args[1] = base.root().toString();
		args[2] = head.root().toString();
		System.arraycopy(options, 0, args, 3, options.length);
		int exit = new ChangesCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(args);
		assertThat(exit).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

}
