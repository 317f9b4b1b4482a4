using Platform.Imaging.Star;

namespace Platform.Processing.Tests.Star;

/// <summary>Structural equality of two STAR documents: block names, pairs, columns and every value.</summary>
internal static class StarAssert
{
    public static void SameDocument(StarDocument expected, StarDocument actual)
    {
        Assert.Equal(expected.Blocks.Select(b => b.Name), actual.Blocks.Select(b => b.Name));
        for (var i = 0; i < expected.Blocks.Count; i++)
        {
            Assert.Equal(expected.Blocks[i].Pairs, actual.Blocks[i].Pairs);
            Assert.Equal(expected.Blocks[i].Loops.Count, actual.Blocks[i].Loops.Count);
            for (var l = 0; l < expected.Blocks[i].Loops.Count; l++)
            {
                var a = expected.Blocks[i].Loops[l];
                var b = actual.Blocks[i].Loops[l];
                Assert.Equal(a.Columns, b.Columns);
                Assert.Equal(a.RowCount, b.RowCount);
                for (var row = 0; row < a.RowCount; row++)
                {
                    Assert.Equal(a.Row(row), b.Row(row));
                }
            }
        }
    }
}
