/**
 * Share cards: a picture of each page (its title, its years and the site's name, in the
 * site's colours and with fonts that come with the site) for the pages' {@code og:image}
 * and {@code twitter:image}, drawn once per content version.
 */
package no.oslocancercluster.history.cards;
