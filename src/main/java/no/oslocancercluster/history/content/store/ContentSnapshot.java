package no.oslocancercluster.history.content.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

import no.oslocancercluster.history.content.frontmatter.MilestoneFrontMatter;
import no.oslocancercluster.history.content.frontmatter.OverviewFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SectionFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SourceFrontMatter;
import no.oslocancercluster.history.content.model.Heading;
import no.oslocancercluster.history.content.model.Organization;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.reading.CheckedFiles;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The checked files of a load, kept in a file so that the next start of the same code
 * need not parse, validate and render them again ({@link CheckedFiles}). It only ever
 * saves time: a snapshot of other code, or one that is missing, damaged (a checksum
 * covers it) or of another format, is not used, and every file it does not hold byte for
 * byte is read as if there were none.
 * <p>
 * The code is known by Spring Boot's build information (the time of the build), the bytes
 * of every class of the site, and the names of the libraries' jars: a snapshot is never
 * taken for other code's, even when the build information is stale (classes compiled by
 * an IDE). Without build information there is no snapshot.
 * <p>
 * The format is the site's own, a few length-prefixed fields per file: a thousand
 * sections load from it in a few hundred milliseconds in a fresh JVM, where Jackson's
 * JSON took a second and Java serialisation half a second for the sections alone
 * (bench/README.md).
 */
final class ContentSnapshot {

	private static final String MAGIC = "Oslo Cancer Cluster history: checked content";

	private static final int FORMAT = 3;

	private static final byte SECTION = 1;

	private static final byte OVERVIEW = 2;

	// What decides what a file becomes: the site's own classes, every one of them (a list
	// kept by hand is one a new class can be missing from), and the libraries it runs on.
	private static final String CLASSES = "classpath*:no/oslocancercluster/history/**/*.class";

	private static final String LIBRARIES = "classpath*:META-INF/MANIFEST.MF";

	private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver(
			ContentSnapshot.class.getClassLoader());

	private static final Pattern JAR = Pattern.compile("([^/!]+\\.jar)!/META-INF/MANIFEST\\.MF$");

	private ContentSnapshot() {
	}

	/**
	 * The code this is part of, or {@code null} when it is unknown; found once, as the
	 * code does not change while it runs.
	 */
	static String build() {
		return Build.ID;
	}

	private static String identify() {
		try (InputStream in = ContentSnapshot.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in == null) {
				return null;
			}
			Properties info = new Properties();
			info.load(in);
			String time = info.getProperty("build.time");
			return (time != null) ? info.getProperty("build.artifact") + " " + info.getProperty("build.version") + " "
					+ time + " " + code() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	// A checksum of the bytes of the site's classes, and one of the names of the
	// libraries' jars (which hold their versions).
	private static String code() throws IOException {
		CRC32C classes = new CRC32C();
		for (Resource type : classes()) {
			classes.update(name(type).getBytes(StandardCharsets.UTF_8));
			try (InputStream in = type.getInputStream()) {
				classes.update(in.readAllBytes());
			}
		}
		CRC32C libraries = new CRC32C();
		List<String> jars = libraries();
		jars.forEach((jar) -> libraries.update((jar + "\n").getBytes(StandardCharsets.UTF_8)));
		return Long.toHexString(classes.getValue()) + " " + Long.toHexString(libraries.getValue()) + " (" + jars.size()
				+ " libraries)";
	}

	/**
	 * Every class of the site, however the code is laid out (classes in a folder, a jar,
	 * or the jar's nested jars), in the order of their names.
	 */
	static List<Resource> classes() throws IOException {
		List<Resource> classes = new ArrayList<>(List.of(RESOLVER.getResources(CLASSES)));
		classes.sort(Comparator.comparing(ContentSnapshot::name));
		return classes;
	}

	/**
	 * The file names of the libraries' jars, sorted.
	 */
	static List<String> libraries() throws IOException {
		List<String> jars = new ArrayList<>();
		for (Resource manifest : RESOLVER.getResources(LIBRARIES)) {
			Matcher jar = JAR.matcher(manifest.getURL().toString());
			if (jar.find()) {
				jars.add(jar.group(1));
			}
		}
		Collections.sort(jars);
		return jars;
	}

	// A class by its place in the site's packages: content/MarkdownRenderer.class.
	static String name(Resource type) {
		try {
			return type.getURL().toString().replaceFirst(".*/no/oslocancercluster/history/", "");
		}
		catch (IOException ex) {
			return String.valueOf(type.getFilename());
		}
	}

	/**
	 * Reads a snapshot made by the given code; throws if it is of other code or another
	 * format, damaged, or larger than a quarter of the heap.
	 */
	static CheckedFiles read(Path file, String build) throws IOException {
		long size = Files.size(file);
		if (size > Runtime.getRuntime().maxMemory() / 4) {
			throw new IOException("it is " + size / (1024 * 1024) + " MB, too large for this JVM's heap");
		}
		byte[] bytes = Files.readAllBytes(file);
		CRC32C checksum = new CRC32C();
		checksum.update(bytes, 0, Math.max(0, bytes.length - Long.BYTES));
		if (bytes.length < Long.BYTES
				|| checksum.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
			throw new IOException("damaged: its checksum does not match");
		}
		ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES);
		try {
			if (!MAGIC.equals(string(in)) || in.getInt() != FORMAT) {
				throw new IOException("not a snapshot of checked content in this format");
			}
			if (!build.equals(string(in))) {
				throw new IOException("a snapshot of another build");
			}
			int count = size(in);
			Map<String, CheckedFiles.CheckedFile> files = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				String name = string(in);
				byte[] source = bytes(in);
				byte kind = in.get();
				Record matter = switch (kind) {
					case SECTION -> section(in);
					case OVERVIEW -> overview(in);
					default -> throw new IOException("damaged: unknown kind of file " + kind);
				};
				files.put(name, new CheckedFiles.CheckedFile(source, matter, body(in)));
			}
			if (in.hasRemaining()) {
				throw new IOException("damaged: more bytes after the last file");
			}
			return new CheckedFiles(Collections.unmodifiableMap(files));
		}
		catch (RuntimeException ex) {
			// Made by other code of the same format: a length past the end, a negative
			// count.
			String reason = (ex instanceof BufferUnderflowException) ? "it ends too soon" : ex.getMessage();
			throw new IOException("damaged (" + reason + ")", ex);
		}
	}

	/**
	 * Writes a snapshot made by the given code: to a file beside it first, then moved in
	 * its place, so that a reader never sees half of one. The last 8 bytes are a CRC-32C
	 * of the others.
	 */
	static void write(Path file, String build, CheckedFiles checked) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
		try {
			CRC32C checksum = new CRC32C();
			try (OutputStream stream = Files.newOutputStream(partial);
					CheckedOutputStream summed = new CheckedOutputStream(new BufferedOutputStream(stream, 1 << 16),
							checksum);
					DataOutputStream out = new DataOutputStream(summed)) {
				string(out, MAGIC);
				out.writeInt(FORMAT);
				string(out, build);
				out.writeInt(checked.files().size());
				for (Map.Entry<String, CheckedFiles.CheckedFile> entry : checked.files().entrySet()) {
					CheckedFiles.CheckedFile checkedFile = entry.getValue();
					string(out, entry.getKey());
					bytes(out, checkedFile.bytes());
					if (checkedFile.matter() instanceof SectionFrontMatter section) {
						out.writeByte(SECTION);
						section(out, section);
					}
					else {
						out.writeByte(OVERVIEW);
						overview(out, (OverviewFrontMatter) checkedFile.matter());
					}
					body(out, checkedFile.body());
				}
				out.flush();
				// Written past the checksum's stream: the checksum covers everything
				// before it.
				new DataOutputStream(stream).writeLong(checksum.getValue());
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private static SectionFrontMatter section(ByteBuffer in) {
		return new SectionFrontMatter(
				string(in), string(in), integer(in), list(in,
						(item) -> new MilestoneFrontMatter(string(in), string(in), string(in), string(in), string(in))),
				list(in, (item) -> new SourceFrontMatter(string(in), string(in), string(in), string(in))), bool(in),
				string(in));
	}

	private static void section(DataOutputStream out, SectionFrontMatter matter) throws IOException {
		string(out, matter.title());
		string(out, matter.summary());
		integer(out, matter.order());
		list(out, matter.milestones(), (milestone) -> {
			string(out, milestone.date());
			string(out, milestone.qualifier());
			string(out, milestone.title());
			string(out, milestone.anchor());
			string(out, milestone.source());
		});
		list(out, matter.sources(), (source) -> {
			string(out, source.id());
			string(out, source.title());
			string(out, source.publisher());
			string(out, source.url());
		});
		bool(out, matter.draft());
		string(out, matter.updated());
	}

	private static OverviewFrontMatter overview(ByteBuffer in) {
		String title = string(in);
		String summary = string(in);
		String updated = string(in);
		Organization organization = (in.get() == 0) ? null
				: new Organization(string(in), string(in),
						list(in, (item) -> new Organization.Person(string(in), string(in))), string(in),
						list(in, (item) -> new Organization.Award(string(in), string(in))));
		return new OverviewFrontMatter(title, summary, updated, organization);
	}

	private static void overview(DataOutputStream out, OverviewFrontMatter matter) throws IOException {
		string(out, matter.title());
		string(out, matter.summary());
		string(out, matter.updated());
		Organization organization = matter.organization();
		out.writeByte((organization != null) ? 1 : 0);
		if (organization != null) {
			string(out, organization.name());
			string(out, organization.foundingDate());
			list(out, organization.founders(), (person) -> {
				string(out, person.name());
				string(out, person.description());
			});
			string(out, organization.location());
			list(out, organization.awards(), (award) -> {
				string(out, award.name());
				string(out, award.year());
			});
		}
	}

	private static RenderedMarkdown body(ByteBuffer in) {
		String html = string(in);
		List<Heading> headings = list(in, (item) -> new Heading(in.getInt(), string(in), string(in)));
		List<String> ids = list(in, (item) -> string(in));
		List<RenderedMarkdown.BodyLink> links = list(in,
				(item) -> new RenderedMarkdown.BodyLink(string(in), in.getInt(), in.getInt(), string(in)));
		Map<String, List<String>> citations = map(in, (key) -> list(in, (item) -> string(in)));
		Map<String, String> pictures = map(in, (key) -> string(in));
		return new RenderedMarkdown(html, headings, ids, links, citations, pictures);
	}

	private static void body(DataOutputStream out, RenderedMarkdown body) throws IOException {
		string(out, body.html());
		list(out, body.headings(), (heading) -> {
			out.writeInt(heading.level());
			string(out, heading.id());
			string(out, heading.text());
		});
		list(out, body.ids(), (id) -> string(out, id));
		list(out, body.links(), (link) -> {
			string(out, link.url());
			out.writeInt(link.line());
			out.writeInt(link.column());
			string(out, link.definedAt());
		});
		map(out, body.citations(), (places) -> list(out, places, (place) -> string(out, place)));
		map(out, body.pictures(), (digest) -> string(out, digest));
	}

	// -1 for null, otherwise the number of items and the items (each at least 4 bytes).
	private static <T> List<T> list(ByteBuffer in, Function<Integer, T> item) {
		int size = in.getInt();
		if (size == -1) {
			return null;
		}
		if (size < 0 || size > in.remaining() / 4) {
			throw new IllegalStateException("a list of " + size + " with " + in.remaining() + " bytes left");
		}
		List<T> items = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			items.add(item.apply(i));
		}
		return Collections.unmodifiableList(items);
	}

	private static <T> void list(DataOutputStream out, List<T> items, Writer<T> item) throws IOException {
		out.writeInt((items != null) ? items.size() : -1);
		if (items != null) {
			for (T value : items) {
				item.write(value);
			}
		}
	}

	// Keys in order, as the file had them.
	private static <T> Map<String, T> map(ByteBuffer in, Function<String, T> value) {
		int size = size(in);
		Map<String, T> map = new LinkedHashMap<>();
		for (int i = 0; i < size; i++) {
			String key = string(in);
			map.put(key, value.apply(key));
		}
		return Collections.unmodifiableMap(map);
	}

	private static <T> void map(DataOutputStream out, Map<String, T> map, Writer<T> value) throws IOException {
		out.writeInt(map.size());
		for (Map.Entry<String, T> entry : map.entrySet()) {
			string(out, entry.getKey());
			value.write(entry.getValue());
		}
	}

	private static int size(ByteBuffer in) {
		int size = in.getInt();
		if (size < 0 || size > in.remaining()) {
			throw new IllegalStateException("a count of " + size + " with " + in.remaining() + " bytes left");
		}
		return size;
	}

	private static String string(ByteBuffer in) {
		byte[] bytes = bytes(in);
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

	private static void string(DataOutputStream out, String value) throws IOException {
		bytes(out, (value != null) ? value.getBytes(StandardCharsets.UTF_8) : null);
	}

	private static byte[] bytes(ByteBuffer in) {
		int length = in.getInt();
		if (length == -1) {
			return null;
		}
		if (length < 0 || length > in.remaining()) {
			throw new IllegalStateException("a length of " + length + " with " + in.remaining() + " bytes left");
		}
		byte[] bytes = new byte[length];
		in.get(bytes);
		return bytes;
	}

	private static void bytes(DataOutputStream out, byte[] value) throws IOException {
		out.writeInt((value != null) ? value.length : -1);
		if (value != null) {
			out.write(value);
		}
	}

	private static Integer integer(ByteBuffer in) {
		return (in.get() == 0) ? null : in.getInt();
	}

	private static void integer(DataOutputStream out, Integer value) throws IOException {
		out.writeByte((value != null) ? 1 : 0);
		if (value != null) {
			out.writeInt(value);
		}
	}

	private static Boolean bool(ByteBuffer in) {
		byte value = in.get();
		return (value == 2) ? null : value == 1;
	}

	private static void bool(DataOutputStream out, Boolean value) throws IOException {
		if (value == null) {
			out.writeByte(2);
			return;
		}
		out.writeByte(value ? 1 : 0);
	}

	private static final class Build {

		static final String ID = identify();

	}

	@FunctionalInterface
	private interface Writer<T> {

		void write(T value) throws IOException;

	}

}
