namespace Platform.MicroscopeSimulator.Specimen;

/// <summary>
/// A deterministic synthetic EM grid: a rotated square mesh of bars and squares, holey film with ice of known thickness.
/// Everything is a pure function of (seed, slot), so images and ground truth always agree.
/// </summary>
public sealed partial class GridSpecimen
{
    /// <summary>Inelastic mean free path of vitreous ice at 300 kV for Beer–Lambert contrast, I = I0·exp(−t/λ); λ ≈ 350 nm is the order reported by Rice et al., J. Struct. Biol. 204:38 (2018).</summary>
    public const double IceMeanFreePathNanometers = 350;

    /// <summary>Carbon film as an equivalent ice thickness (≈ 12 nm carbon scatters about as much as ≈ 40 nm ice).</summary>
    public const double FilmEquivalentNanometers = 40;

    /// <summary>Copper bars and the grid rim pass almost nothing.</summary>
    public const double BarTransmission = 0.02;

    public const double GridRadiusMicrons = 1500;

    private readonly int _seed;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), SquareInfo> _squares = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), HoleInfo?[]> _holeLattices = new();

    public GridSpecimen(int seed, int slot, string name, HoleType holeType)
    {
        _seed = seed;
        Slot = slot;
        Name = name;
        HoleType = holeType;
        MeshRotationDegrees = SeededRandom.Range(-8, 8, seed, slot, 1);
        OffsetXMicrons = SeededRandom.Range(-30, 30, seed, slot, 2);
        OffsetYMicrons = SeededRandom.Range(-30, 30, seed, slot, 3);
        EucentricZMicrons = SeededRandom.Range(-40, 40, seed, slot, 4);
    }

    public int Slot { get; }

    public string Name { get; }

    public HoleType HoleType { get; }

    /// <summary>300 mesh: 25.4 mm / 300 = 84.7 µm pitch.</summary>
    public double MeshPitchMicrons { get; } = 25_400.0 / 300;

    public double BarWidthMicrons { get; } = 25;

    public double SquareSizeMicrons => MeshPitchMicrons - BarWidthMicrons;

    public double MeshRotationDegrees { get; }

    public double OffsetXMicrons { get; }

    public double OffsetYMicrons { get; }

    /// <summary>The stage Z at which this grid is eucentric.</summary>
    public double EucentricZMicrons { get; }

    /// <summary>The square at mesh indices (column, row); computed once, then cached.</summary>
    public SquareInfo Square(int column, int row) => _squares.GetOrAdd((column, row), key => ComputeSquare(key.Item1, key.Item2));

    private SquareInfo ComputeSquare(int column, int row)
    {
        var u = Unit(10, column, row);
        var cls = u < 0.70 ? SquareClass.Good : u < 0.80 ? SquareClass.Broken : u < 0.90 ? SquareClass.Empty : SquareClass.ThickIce;
        var ice = cls switch
        {
            SquareClass.Good => 20 + (70 * Unit(11, column, row)),
            SquareClass.ThickIce => 200 + (200 * Unit(11, column, row)),
            SquareClass.Broken => 20 + (70 * Unit(11, column, row)),
            _ => 0,
        };
        var (x, y) = MeshToStage(column * MeshPitchMicrons, row * MeshPitchMicrons);
        return new SquareInfo(column, row, x, y, cls, ice);
    }

    /// <summary>The hole at lattice indices (k, l) of a square, or null when (k, l) falls outside the square's opening.</summary>
    public HoleInfo? Hole(SquareInfo square, int k, int l)
    {
        var pitch = HoleType.PitchMicrons;
        var limit = (SquareSizeMicrons / 2) - (HoleType.DiameterMicrons / 2) - 1;
        if (Math.Abs(k * pitch) > limit || Math.Abs(l * pitch) > limit)
        {
            return null;
        }

        var key = (square.Column * 1000) + square.Row;
        var u = Unit(20, key, k, l);
        var cls = u < 0.05 ? HoleClass.Missing : u < 0.13 ? HoleClass.Contaminated : HoleClass.Good;
        // Ice thins toward one side of a square (a gradient of ±30 %) with ±10 nm per-hole scatter.
        var gradient = 1 + (0.3 * (k * pitch) / (SquareSizeMicrons / 2));
        var ice = Math.Max(5, (square.IceThicknessNanometers * gradient) + Range(-10, 10, 21, key, k, l));
        var (x, y) = MeshToStage((square.Column * MeshPitchMicrons) + (k * pitch), (square.Row * MeshPitchMicrons) + (l * pitch));
        return new HoleInfo(square.Id, k, l, x, y, cls, ice);
    }

    /// <summary>All holes of a square (including missing ones, which have class Missing).</summary>
    public IEnumerable<HoleInfo> Holes(SquareInfo square)
    {
        var n = (int)Math.Ceiling(SquareSizeMicrons / HoleType.PitchMicrons);
        for (var l = -n; l <= n; l++)
        {
            for (var k = -n; k <= n; k++)
            {
                if (Hole(square, k, l) is { } hole)
                {
                    yield return hole;
                }
            }
        }
    }

    /// <summary>Cached lookup of <see cref="Hole"/> for rendering: one lattice array per square.</summary>
    private HoleInfo? CachedHole(SquareInfo square, int k, int l)
    {
        var n = (int)Math.Ceiling(SquareSizeMicrons / HoleType.PitchMicrons);
        if (Math.Abs(k) > n || Math.Abs(l) > n)
        {
            return null;
        }

        var side = (2 * n) + 1;
        var lattice = _holeLattices.GetOrAdd((square.Column, square.Row), _ =>
        {
            var holes = new HoleInfo?[side * side];
            for (var j = -n; j <= n; j++)
            {
                for (var i = -n; i <= n; i++)
                {
                    holes[((j + n) * side) + i + n] = Hole(square, i, j);
                }
            }

            return holes;
        });
        return lattice[((l + n) * side) + k + n];
    }

    public (double X, double Y) MeshToStage(double u, double v)
    {
        var a = MeshRotationDegrees * Math.PI / 180;
        return ((u * Math.Cos(a)) - (v * Math.Sin(a)) + OffsetXMicrons, (u * Math.Sin(a)) + (v * Math.Cos(a)) + OffsetYMicrons);
    }

    public (double U, double V) StageToMesh(double x, double y)
    {
        var a = MeshRotationDegrees * Math.PI / 180;
        var dx = x - OffsetXMicrons;
        var dy = y - OffsetYMicrons;
        return ((dx * Math.Cos(a)) + (dy * Math.Sin(a)), (-dx * Math.Sin(a)) + (dy * Math.Cos(a)));
    }

    private double Unit(params int[] keys) => SeededRandom.Unit(_seed, [Slot, .. keys]);

    private double Range(double min, double max, params int[] keys) => SeededRandom.Range(min, max, _seed, [Slot, .. keys]);
}
