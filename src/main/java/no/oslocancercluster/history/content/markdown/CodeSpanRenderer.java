package no.oslocancercluster.history.content.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Renders code spans as CommonMark says since 0.29, where Flexmark 0.64.8 (with no option
 * for it) trims them and collapses their spaces: {@code `  a  b  `} shows its spaces.
 */
final class CodeSpanRenderer implements HtmlRenderer.HtmlRendererExtension, NodeRenderer {

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		builder.nodeRendererFactory((options) -> this);
	}

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(Code.class, CodeSpanRenderer::render));
	}

	private static void render(Code node, NodeRendererContext context, HtmlWriter html) {
		html.withAttr().tag("code");
		html.text(text(node.getText().toString()));
		html.tag("/code");
	}

	/**
	 * A code span's text as CommonMark has it: line breaks become spaces, and one space
	 * is taken from each end when there is one at both and the text is not all spaces.
	 */
	static String text(String code) {
		String text = code.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
		boolean padded = text.length() >= 2 && text.startsWith(" ") && text.endsWith(" ");
		return (padded && !text.chars().allMatch((c) -> c == ' ')) ? text.substring(1, text.length() - 1) : text;
	}

}
