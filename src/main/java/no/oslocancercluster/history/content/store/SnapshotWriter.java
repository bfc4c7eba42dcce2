package no.oslocancercluster.history.content.store;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import no.oslocancercluster.history.content.frontmatter.EntityFrontMatter;
import no.oslocancercluster.history.content.frontmatter.OverviewFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SectionFrontMatter;
import no.oslocancercluster.history.content.model.Organization;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.reading.CheckedFiles;

/**
 * Writes the checked files of a {@link ContentSnapshot}, field by field, as
 * {@link SnapshotReader} reads them back: strings and byte arrays with their length (-1
 * for null), lists with their size (-1 for null), maps with their size and keys in order,
 * and a byte for whether an optional value is there.
 */
final class SnapshotWriter {

	private final DataOutputStream out;

	SnapshotWriter(DataOutputStream out) {
		this.out = out;
	}

	void files(Map<String, CheckedFiles.CheckedFile> files) throws IOException {
		this.out.writeInt(files.size());
		for (Map.Entry<String, CheckedFiles.CheckedFile> entry : files.entrySet()) {
			file(entry.getKey(), entry.getValue());
		}
	}

	private void file(String name, CheckedFiles.CheckedFile file) throws IOException {
		string(name);
		bytes(file.bytes());
		if (file.matter() instanceof SectionFrontMatter section) {
			this.out.writeByte(ContentSnapshot.SECTION);
			section(section);
		}
		else if (file.matter() instanceof EntityFrontMatter entity) {
			this.out.writeByte(ContentSnapshot.ENTITY);
			entity(entity);
		}
		else {
			this.out.writeByte(ContentSnapshot.OVERVIEW);
			overview((OverviewFrontMatter) file.matter());
		}
		body(file.body());
	}

	private void section(SectionFrontMatter matter) throws IOException {
		string(matter.title());
		string(matter.summary());
		integer(matter.order());
		list(matter.milestones(), (milestone) -> {
			string(milestone.date());
			string(milestone.qualifier());
			string(milestone.title());
			string(milestone.anchor());
			string(milestone.source());
		});
		list(matter.sources(), (source) -> {
			string(source.id());
			string(source.title());
			string(source.publisher());
			string(source.url());
		});
		bool(matter.draft());
		string(matter.updated());
	}

	private void overview(OverviewFrontMatter matter) throws IOException {
		string(matter.title());
		string(matter.summary());
		string(matter.updated());
		Organization organization = matter.organization();
		this.out.writeByte((organization != null) ? 1 : 0);
		if (organization != null) {
			organization(organization);
		}
	}

	private void entity(EntityFrontMatter matter) throws IOException {
		string(matter.name().en());
		string(matter.name().nb());
		string(matter.kind());
		EntityFrontMatter.EntityDescription description = matter.description();
		this.out.writeByte((description != null) ? 1 : 0);
		if (description != null) {
			string(description.en());
			string(description.nb());
		}
		string(matter.wikidata());
		string(matter.website());
	}

	private void organization(Organization organization) throws IOException {
		string(organization.name());
		string(organization.foundingDate());
		list(organization.founders(), (person) -> {
			string(person.name());
			string(person.description());
		});
		string(organization.location());
		list(organization.awards(), (award) -> {
			string(award.name());
			string(award.year());
		});
	}

	private void body(RenderedMarkdown body) throws IOException {
		string(body.html());
		list(body.headings(), (heading) -> {
			this.out.writeInt(heading.level());
			string(heading.id());
			string(heading.text());
		});
		list(body.ids(), this::string);
		list(body.links(), (link) -> {
			string(link.url());
			this.out.writeInt(link.line());
			this.out.writeInt(link.column());
			string(link.definedAt());
		});
		map(body.citations(), (places) -> list(places, this::string));
		map(body.pictures(), this::string);
	}

	private <T> void list(List<T> items, Writer<T> item) throws IOException {
		this.out.writeInt((items != null) ? items.size() : -1);
		if (items != null) {
			for (T value : items) {
				item.write(value);
			}
		}
	}

	private <T> void map(Map<String, T> map, Writer<T> value) throws IOException {
		this.out.writeInt(map.size());
		for (Map.Entry<String, T> entry : map.entrySet()) {
			string(entry.getKey());
			value.write(entry.getValue());
		}
	}

	void string(String value) throws IOException {
		bytes((value != null) ? value.getBytes(StandardCharsets.UTF_8) : null);
	}

	private void bytes(byte[] value) throws IOException {
		this.out.writeInt((value != null) ? value.length : -1);
		if (value != null) {
			this.out.write(value);
		}
	}

	private void integer(Integer value) throws IOException {
		this.out.writeByte((value != null) ? 1 : 0);
		if (value != null) {
			this.out.writeInt(value);
		}
	}

	private void bool(Boolean value) throws IOException {
		if (value == null) {
			this.out.writeByte(2);
			return;
		}
		this.out.writeByte(value ? 1 : 0);
	}

	@FunctionalInterface
	private interface Writer<T> {

		void write(T value) throws IOException;

	}

}
