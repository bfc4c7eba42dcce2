package no.oslocancercluster.history.cards;

/**
 * A page's share card as its head names it: {@code og:image} and {@code twitter:image}
 * with their alternative text, type and size.
 *
 * @param url the card's absolute address, with its version
 * @param alt what the card shows, as a sentence in the page's language
 * @param type the card's media type
 * @param width its width in pixels
 * @param height its height in pixels
 */
public record CardView(String url, String alt, String type, int width, int height) {

}
