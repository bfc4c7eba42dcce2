package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import no.oslocancercluster.history.content.frontmatter.EntityFrontMatter;
import no.oslocancercluster.history.content.frontmatter.MilestoneFrontMatter;
import no.oslocancercluster.history.content.frontmatter.OverviewFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SectionFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SourceFrontMatter;
import no.oslocancercluster.history.content.model.Heading;
import no.oslocancercluster.history.content.model.Organization;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.reading.CheckedFiles;

/**
 * Reads back what {@link SnapshotWriter} wrote. A length or count that does not fit in
 * the bytes left throws an {@link IllegalStateException}, and one past the end a
 * {@link java.nio.BufferUnderflowException}: {@link ContentSnapshot} reports either as
 * damage.
 */
final class SnapshotReader {

	private final ByteBuffer in;

	SnapshotReader(ByteBuffer in) {
		this.in = in;
	}

	int getInt() {
		return this.in.getInt();
	}

	boolean hasRemaining() {
		return this.in.hasRemaining();
	}

	Map<String, CheckedFiles.CheckedFile> files() throws IOException {
		int count = size();
		Map<String, CheckedFiles.CheckedFile> files = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			String name = string();
			byte[] source = bytes();
			byte kind = this.in.get();
			Record matter = switch (kind) {
				case ContentSnapshot.SECTION -> section();
				case ContentSnapshot.OVERVIEW -> overview();
				case ContentSnapshot.ENTITY -> entity();
				default -> throw new IOException("damaged: unknown kind of file " + kind);
			};
			files.put(name, new CheckedFiles.CheckedFile(source, matter, body()));
		}
		return files;
	}

	private SectionFrontMatter section() {
		return new SectionFrontMatter(string(), string(), integer(),
				list((item) -> new MilestoneFrontMatter(string(), string(), string(), string(), string())),
				list((item) -> new SourceFrontMatter(string(), string(), string(), string())), bool(), string());
	}

	private OverviewFrontMatter overview() {
		String title = string();
		String summary = string();
		String updated = string();
		Organization organization = (this.in.get() == 0) ? null : organization();
		return new OverviewFrontMatter(title, summary, updated, organization);
	}

	private EntityFrontMatter entity() {
		EntityFrontMatter.EntityName name = new EntityFrontMatter.EntityName(string(), string());
		String kind = string();
		EntityFrontMatter.EntityDescription description = (this.in.get() == 0) ? null
				: new EntityFrontMatter.EntityDescription(string(), string());
		return new EntityFrontMatter(name, kind, description, string(), string());
	}

	private Organization organization() {
		return new Organization(string(), string(), list((item) -> new Organization.Person(string(), string())),
				string(), list((item) -> new Organization.Award(string(), string())));
	}

	private RenderedMarkdown body() {
		String html = string();
		List<Heading> headings = list((item) -> new Heading(this.in.getInt(), string(), string()));
		List<String> ids = list((item) -> string());
		List<RenderedMarkdown.BodyLink> links = list(
				(item) -> new RenderedMarkdown.BodyLink(string(), this.in.getInt(), this.in.getInt(), string()));
		Map<String, List<String>> citations = map((key) -> list((item) -> string()));
		Map<String, String> pictures = map((key) -> string());
		return new RenderedMarkdown(html, headings, ids, links, citations, pictures);
	}

	// -1 for null, otherwise the number of items and the items (each at least 4 bytes).
	private <T> List<T> list(Function<Integer, T> item) {
		int size = this.in.getInt();
		if (size == -1) {
			return null;
		}
		if (size < 0 || size > this.in.remaining() / 4) {
			throw new IllegalStateException("a list of " + size + " with " + this.in.remaining() + " bytes left");
		}
		List<T> items = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			items.add(item.apply(i));
		}
		return Collections.unmodifiableList(items);
	}

	// Keys in order, as the file had them.
	private <T> Map<String, T> map(Function<String, T> value) {
		int size = size();
		Map<String, T> map = new LinkedHashMap<>();
		for (int i = 0; i < size; i++) {
			String key = string();
			map.put(key, value.apply(key));
		}
		return Collections.unmodifiableMap(map);
	}

	private int size() {
		int size = this.in.getInt();
		if (size < 0 || size > this.in.remaining()) {
			throw new IllegalStateException("a count of " + size + " with " + this.in.remaining() + " bytes left");
		}
		return size;
	}

	String string() {
		byte[] bytes = bytes();
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

	private byte[] bytes() {
		int length = this.in.getInt();
		if (length == -1) {
			return null;
		}
		if (length < 0 || length > this.in.remaining()) {
			throw new IllegalStateException("a length of " + length + " with " + this.in.remaining() + " bytes left");
		}
		byte[] bytes = new byte[length];
		this.in.get(bytes);
		return bytes;
	}

	private Integer integer() {
		return (this.in.get() == 0) ? null : this.in.getInt();
	}

	private Boolean bool() {
		byte value = this.in.get();
		return (value == 2) ? null : value == 1;
	}

}
