using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.MicroscopeSimulator.GroundTruth;
using Platform.MicroscopeSimulator.Hardware;
using Platform.SerialEm.Commands;
using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator.Commands;

/// <summary>Image files (MRC written through Platform.Imaging, ground truth JSON beside), autodoc, buffers and alignment.</summary>
public sealed partial class SimulatedMicroscope
{
    private WireValue[] LastAlignShift { get; set; } = [0, 0, 0, 0, 0, 0];

    private void RegisterFiles()
    {
        OnSet(CommandTable.OpenNewFile, a => OpenFile(a.Text(0), null));
        OnSet(CommandTable.OpenNewMontage, a => OpenFile(a.Text(2), (Math.Max(1, a.Integer(0)), Math.Max(1, a.Integer(1)))));
        OnSet(CommandTable.CloseFile, _ =>
        {
            Fail(Camera.OpenFile is null ? "There is no open file to close" : null);
            Camera.OpenFile = null;
            Camera.OpenMontagePieces = null;
            Camera.OpenFileSections.Clear();
        });
        OnSet(CommandTable.Save, a =>
        {
            var image = BufferNamed(a.Text(0, "A"));
            Fail(Camera.OpenFile is null ? "There is no open file to save into" : null);
            Fail(Camera.OpenFileSections.Count > 0 && (Camera.OpenFileSections[0].Width != image.Width || Camera.OpenFileSections[0].Height != image.Height)
                ? "The image size does not match the open file" : null);
            Camera.OpenFileSections.Add(image);
            WriteOpenFile(image);
        });
        OnSet(CommandTable.AddToAutodoc, a => Camera.PendingAutodoc.Add((a.Text(0), a.Text(1))));
        OnSet(CommandTable.WriteAutodoc, _ =>
        {
            var file = Camera.OpenFile ?? throw new SimulatedCommandException("There is no open file for the autodoc");
            File.WriteAllLines(file + ".mdoc", Camera.PendingAutodoc.Select(p => $"{p.Key} = {p.Value}"));
        });
        OnSet(CommandTable.ReadOtherFile, a =>
        {
            var path = Files.Map(a.Text(2), Camera.Directory);
            MrcFile mrc;
            try
            {
                mrc = MrcFile.Read(path);
            }
            catch (Exception ex) when (ex is IOException or CorruptImageFileException or UnauthorizedAccessException)
            {
                throw new SimulatedCommandException($"Could not read {a.Text(2)}: {ex.Message}");
            }

            var section = a.Integer(0);
            Fail(section < 0 || section >= mrc.Stack.Count ? $"Section {section} is not in {a.Text(2)}" : null);
            var slot = BufferSlot.Parse(a.Text(1));
            Buffers.Put(slot.Index, new BufferedImage(mrc.Stack.Width, mrc.Stack.Height, mrc.Stack.SectionPixels(section), mrc.PixelSizeAngstrom / 10_000, 0, null));
        });
        OnSet(CommandTable.CropCenterToSize, a =>
        {
            var slot = BufferSlot.Parse(a.Text(0));
            var image = BufferNamed(a.Text(0));
            var (w, h) = (a.Integer(1), a.Integer(2));
            Fail(w <= 0 || h <= 0 || w > image.Width || h > image.Height ? $"Cannot crop a {image.Width}x{image.Height} image to {w}x{h}" : null);
            var (x0, y0) = ((image.Width - w) / 2, (image.Height - h) / 2);
            var crop = new float[w * h];
            for (var y = 0; y < h; y++)
            {
                Array.Copy(image.Pixels, ((y + y0) * image.Width) + x0, crop, y * w, w);
            }

            Buffers.Put(slot.Index, image with { Width = w, Height = h, Pixels = crop, Truth = null });
        });
        OnSet(CommandTable.AlignTo, a =>
        {
            var reference = BufferNamed(a.Text(0));
            var image = BufferNamed("A");
            var (dx, dy) = Rendering.CrossCorrelation.PeakShift(image, reference);
            // Pixels, image-shift units (µm here), specimen nm: the six values scripts unpack as ASPX, ASPY, AISX, AISY, ASX, ASY.
            var um = image.PixelSizeMicrons;
            LastAlignShift = [dx, dy, dx * um, dy * um, dx * um * 1000, dy * um * 1000];
            if (a.Integer(1, 0) == 0)
            {
                // A displaced by d relative to the reference means the field moved by −d: shifting by d puts it back.
                Optics.ImageShiftXMicrons += dx * um;
                Optics.ImageShiftYMicrons += dy * um;
            }
        });
    }

    private BufferedImage BufferNamed(string name)
    {
        BufferSlot slot;
        try
        {
            slot = BufferSlot.Parse(name);
        }
        catch (ArgumentException ex)
        {
            throw new SimulatedCommandException(ex.Message);
        }

        return (slot.IsFft ? null : Buffers[slot.Index]) ?? throw new SimulatedCommandException($"There is no image in buffer {name}");
    }

    private void OpenFile(string file, (int X, int Y)? montage)
    {
        var path = Files.Map(file, Camera.Directory);
        Fail(File.Exists(path) && !Camera.AllowOverwrite ? $"File {file} already exists" : null);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Camera.OpenFile = path;
        Camera.OpenMontagePieces = montage;
        Camera.OpenFileSections.Clear();
        Camera.PendingAutodoc.Clear();
    }

    /// <summary>Rewrites the open file with every section saved so far; the newest section's ground truth goes beside it.</summary>
    private void WriteOpenFile(BufferedImage newest)
    {
        var path = Camera.OpenFile ?? throw new SimulatedCommandException("There is no open file");
        var first = Camera.OpenFileSections[0];
        MrcWriter.Write(path, new ImageStack(first.Width, first.Height, Camera.OpenFileSections.Select(s => s.Pixels), first.PixelSizeMicrons * 10_000));
        if (newest.Truth is not null)
        {
            File.WriteAllText(TruthFile.PathFor(path), System.Text.Json.JsonSerializer.Serialize(newest.Truth, newest.Truth.GetType(), TruthFile.JsonOptions));
        }
    }
}
