using Platform.Imaging.Mrc;
using Platform.Imaging.Tiff;

namespace Platform.Imaging.Images;

/// <summary>Reads a movie or micrograph by file extension: .mrc/.mrcs/.map (MRC2014) or .tif/.tiff (TIFF).</summary>
public static class MovieFile
{
    /// <summary>Reads all frames; <paramref name="pixelSizeAngstrom"/> overrides the file's (TIFF files carry none).</summary>
    public static ImageStack Read(string path, double pixelSizeAngstrom = 0, int maxThreads = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var stack = extension switch
        {
            ".mrc" or ".mrcs" or ".map" or ".st" => MrcFile.Read(path).Stack,
            ".tif" or ".tiff" => TiffReader.Read(path, pixelSizeAngstrom, maxThreads),
            _ => throw new CorruptImageFileException($"Unknown movie format '{extension}' ({path}); expected .mrc, .mrcs, .tif or .tiff."),
        };
        if (pixelSizeAngstrom > 0 && stack.PixelSizeAngstrom != pixelSizeAngstrom)
        {
            stack = new ImageStack(stack.Width, stack.Height, Enumerable.Range(0, stack.Count).Select(stack.SectionPixels), pixelSizeAngstrom);
        }

        return stack;
    }
}
