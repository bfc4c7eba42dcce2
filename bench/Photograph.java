import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * A stand-in for an editor's photograph straight from a camera, for bench/lighthouse.sh:
 * 4,000 × 3,000 px, about 5 MB as a JPEG of quality 0.95. Broad shading, detail a few pixels
 * across that stays in the smaller widths (as leaves or faces do), and grain that does not.
 *
 *   java bench/Photograph.java OUT.jpg
 */
public class Photograph {

	public static void main(String[] args) throws Exception {
		int width = 4000;
		int height = 3000;
		int cell = 6;
		Random random = new Random(2006);
		int[][] detail = new int[height / cell + 1][width / cell + 1];
		for (int[] row : detail) {
			for (int x = 0; x < row.length; x++) {
				row[x] = random.nextInt(41) - 20;
			}
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int base = (int) (120 + 70 * Math.sin(x / 310.0) * Math.cos(y / 190.0)) + detail[y / cell][x / cell];
				int grain = random.nextInt(13) - 6;
				image.setRGB(x, y, clamp(base + 35 + grain) << 16 | clamp(base + grain) << 8 | clamp(base - 25 + grain));
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.95f);
		try (FileImageOutputStream out = new FileImageOutputStream(new File(args[0]))) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		System.out.println(args[0] + ": " + width + " × " + height + " px, " + new File(args[0]).length() + " bytes");
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

}
