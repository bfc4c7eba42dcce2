package no.oslocancercluster.history.changes;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A page whose text changed, with each paragraph that changed.
 *
 * @param page the page as it is now
 * @param paragraphs the paragraphs changed, added and removed, in the page's order
 */
record PageChange(PageText page, List<Paragraph> paragraphs) {

	static PageChange of(PageText before, PageText after) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(before.blocks(), after.blocks()).getDeltas()) {
			List<String> removed = delta.getSource().getLines();
			List<String> added = delta.getTarget().getLines();
			int paired = Math.min(removed.size(), added.size());
			for (int i = 0; i < paired; i++) {
				paragraphs.add(new Paragraph(removed.get(i), added.get(i)));
			}
			removed.subList(paired, removed.size()).forEach((text) -> paragraphs.add(new Paragraph(text, null)));
			added.subList(paired, added.size()).forEach((text) -> paragraphs.add(new Paragraph(null, text)));
		}
		return new PageChange(after, List.copyOf(paragraphs));
	}

	/**
	 * One paragraph (or heading, list item, caption) of a page before and after.
	 *
	 * @param before its text before, or {@code null} when it was added
	 * @param after its text after, or {@code null} when it was removed
	 */
	record Paragraph(String before, String after) {

	}

}
