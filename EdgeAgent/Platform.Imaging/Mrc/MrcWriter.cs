using Platform.Imaging.Images;

namespace Platform.Imaging.Mrc;

/// <summary>Writes 2D images and stacks as MRC2014 files (default mode 2, float32), with the pixel size in Å in the header.</summary>
public static class MrcWriter
{
    public static void Write(string path, Image2D image, MrcWriteOptions? options = null) =>
        Write(path, ImageStack.FromImage(image), options);

    public static void Write(string path, ImageStack stack, MrcWriteOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        Write(stream, stack, options);
    }

    public static void Write(Stream stream, ImageStack stack, MrcWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(stack);
        options ??= MrcWriteOptions.Default;
        var header = BuildHeader(stack, options);
        var headerBytes = new byte[MrcHeaderCodec.HeaderBytes];
        MrcHeaderCodec.Encode(header, headerBytes);
        stream.Write(headerBytes);
        stream.Write(options.ExtendedHeader.Span);
        var bpp = MrcPixelCodec.BytesPerPixel(options.Mode);
        var buffer = new byte[(long)stack.Width * stack.Height * bpp];
        for (var z = 0; z < stack.Count; z++)
        {
            MrcPixelCodec.Encode(stack.SectionPixels(z), buffer, options.Mode, options.BigEndian);
            stream.Write(buffer);
        }

        stream.Flush();
    }

    private static MrcHeader BuildHeader(ImageStack stack, MrcWriteOptions options)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0, sumSq = 0;
        long n = 0;
        for (var z = 0; z < stack.Count; z++)
        {
            foreach (var v in stack.SectionPixels(z))
            {
                if (!float.IsFinite(v))
                {
                    continue;
                }

                min = Math.Min(min, v);
                max = Math.Max(max, v);
                sum += v;
                sumSq += (double)v * v;
                n++;
            }
        }

        var mean = n > 0 ? sum / n : 0;
        var rms = n > 0 ? Math.Sqrt(Math.Max(0, (sumSq / n) - (mean * mean))) : 0;
        var mz = options.IsVolume ? stack.Count : 1;
        var pixel = (float)stack.PixelSizeAngstrom;
        return new MrcHeader
        {
            Columns = stack.Width,
            Rows = stack.Height,
            Sections = stack.Count,
            Mode = options.Mode,
            Sampling = (stack.Width, stack.Height, mz),
            CellAngstrom = (pixel * stack.Width, pixel * stack.Height, pixel * mz),
            AxisOrder = (1, 2, 3),
            MinimumDensity = n > 0 ? (float)min : 0,
            MaximumDensity = n > 0 ? (float)max : 0,
            MeanDensity = (float)mean,
            RmsDeviation = (float)rms,
            SpaceGroup = options.IsVolume ? 1 : 0,
            ExtendedHeaderBytes = options.ExtendedHeader.Length,
            ExtendedHeaderType = options.ExtendedHeaderType,
            Version = 20140,
            OriginAngstrom = (0, 0, 0),
            IsBigEndian = options.BigEndian,
            Labels = options.Labels,
        };
    }
}
