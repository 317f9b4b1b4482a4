using Platform.Imaging.Star;

namespace Platform.Processing.Picking;

/// <summary>Writes and reads picks as a RELION coordinate STAR table (x, y in micrograph pixels and a figure of merit) that RELION, cryoSPARC and our STAR reader accept.</summary>
public static class PicksFile
{
    public static void Write(string path, IReadOnlyList<Pick> picks)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(picks);
        using var text = new StreamWriter(path) { NewLine = "\n" };
        var star = new StarWriter(text);
        star.BeginBlock("");
        star.BeginLoop(["rlnCoordinateX", "rlnCoordinateY", "rlnAutopickFigureOfMerit"]);
        foreach (var p in picks)
        {
            star.WriteRow([StarWriter.Format(p.XPixels, 2), StarWriter.Format(p.YPixels, 2), StarWriter.Format(p.Score, 4)]);
        }
    }

    /// <summary>Reads a picks file; a missing figure-of-merit column reads as score 0.</summary>
    /// <exception cref="StarFormatException">The file is not a STAR table with rlnCoordinateX and rlnCoordinateY.</exception>
    public static IReadOnlyList<Pick> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var text = new StreamReader(path);
        return Read(text);
    }

    public static IReadOnlyList<Pick> Read(TextReader reader)
    {
        var document = StarReader.Read(reader);
        var table = document.Blocks.SelectMany(b => b.Loops).FirstOrDefault(t => t.HasColumn("rlnCoordinateX") && t.HasColumn("rlnCoordinateY"))
            ?? throw new StarFormatException(0, "the picks file has no table with rlnCoordinateX and rlnCoordinateY.");
        var scored = table.HasColumn("rlnAutopickFigureOfMerit");
        var picks = new Pick[table.RowCount];
        for (var i = 0; i < picks.Length; i++)
        {
            picks[i] = new Pick(table.GetDouble(i, "rlnCoordinateX"), table.GetDouble(i, "rlnCoordinateY"), scored ? table.GetDouble(i, "rlnAutopickFigureOfMerit") : 0);
        }

        return picks;
    }
}
