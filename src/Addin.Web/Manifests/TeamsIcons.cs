namespace Addin.Web.Manifests;

/// <summary>
/// The Teams app's two icons, drawn from Addin's favicon (a white play mark on the accent blue): the colour icon
/// (192×192, opaque) and the outline icon (32×32, white on transparent), as Teams requires. Drawn by code, so the
/// files are the same on every machine and need no image tool.
/// </summary>
public static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The accent colour (the favicon's and the pages' <c>--accent</c>).</summary>
    public const string AccentColor = "#1F5FBF";

    private static readonly (byte R, byte G, byte B) Accent = (0x1F, 0x5F, 0xBF);

    // The favicon's play mark on its 32-unit grid: M12 9 v14 l11 -7 z.
    private static readonly (double X, double Y)[] PlayMark = [(12, 9), (12, 23), (23, 16)];

    private const int Samples = 4; // 4×4 samples a pixel: smooth edges, still exact integers

    /// <summary>The colour icon's pixels (RGBA, rows top to bottom).</summary>
    public static byte[] ColorPixels() => Render(ColorSize, (coverage, pixel) =>
    {
        pixel[0] = Blend(Accent.R, 255, coverage);
        pixel[1] = Blend(Accent.G, 255, coverage);
        pixel[2] = Blend(Accent.B, 255, coverage);
        pixel[3] = 255;
    });

    /// <summary>The outline icon's pixels: white, with the mark's coverage as alpha.</summary>
    public static byte[] OutlinePixels() => Render(OutlineSize, (coverage, pixel) =>
    {
        pixel[0] = 255;
        pixel[1] = 255;
        pixel[2] = 255;
        pixel[3] = (byte)((255 * coverage + Samples * Samples / 2) / (Samples * Samples));
    });

    public static byte[] Color() => PngWriter.Write(ColorSize, ColorSize, ColorPixels());

    public static byte[] Outline() => PngWriter.Write(OutlineSize, OutlineSize, OutlinePixels());

    private static byte Blend(byte from, byte to, int coverage) =>
        (byte)((from * (Samples * Samples - coverage) + to * coverage + Samples * Samples / 2) / (Samples * Samples));

    private static byte[] Render(int size, Action<int, Span<byte>> paint)
    {
        double scale = size / 32.0;
        var mark = PlayMark.Select(p => (X: p.X * scale, Y: p.Y * scale)).ToArray();
        byte[] pixels = new byte[size * size * 4];
        for (int y = 0; y < size; y++)
        {
            for (int x = 0; x < size; x++)
            {
                int coverage = 0;
                for (int sy = 0; sy < Samples; sy++)
                {
                    for (int sx = 0; sx < Samples; sx++)
                    {
                        coverage += Inside(mark, x + (sx + 0.5) / Samples, y + (sy + 0.5) / Samples) ? 1 : 0;
                    }
                }

                paint(coverage, pixels.AsSpan((y * size + x) * 4, 4));
            }
        }

        return pixels;
    }

    private static bool Inside((double X, double Y)[] t, double x, double y)
    {
        double d1 = Edge(t[0], t[1], x, y);
        double d2 = Edge(t[1], t[2], x, y);
        double d3 = Edge(t[2], t[0], x, y);
        bool negative = d1 < 0 || d2 < 0 || d3 < 0;
        bool positive = d1 > 0 || d2 > 0 || d3 > 0;
        return !(negative && positive);
    }

    private static double Edge((double X, double Y) a, (double X, double Y) b, double x, double y) =>
        (x - b.X) * (a.Y - b.Y) - (a.X - b.X) * (y - b.Y);
}
