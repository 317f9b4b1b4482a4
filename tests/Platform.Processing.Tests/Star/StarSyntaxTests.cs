using Platform.Imaging.Star;

namespace Platform.Processing.Tests.Star;

public sealed class StarSyntaxTests
{
    [Fact]
    public void Quoted_values_keep_spaces_and_awkward_values_round_trip()
    {
        var doc = StarReader.Parse("data_general\n_rlnImageName 'my file.mrc'\n_note \"it's fine\" # comment\n\ndata_t\nloop_\n_a #1\n_b #2\n'x y' \"\"\n1 2\n");
        Assert.Equal("my file.mrc", doc.Block("general").Value("rlnImageName"));
        Assert.Equal("it's fine", doc.Block("general").Value("note"));
        Assert.Equal(["x y", ""], doc.Block("t").Table.Row(0));

        var built = new StarDocument();
        var block = new StarBlock("odd");
        block.AddPair("empty", "");
        block.AddPair("hash", "#notacomment");
        block.AddPair("keyword", "loop_");
        block.AddPair("quotes", "say \"hi\" and 'bye' now");
        block.AddPair("multi", "line one\nline two");
        var table = new StarTable(["v", "w"]);
        table.AddRow(["_under", "data_x"]);
        table.AddRow(["a\"b", "it's"]);
        block.AddLoop(table);
        built.Add(block);
        using var text = new StringWriter();
        StarWriter.Write(built, text);
        StarAssert.SameDocument(built, StarReader.Parse(text.ToString()));
    }

    [Fact]
    public void Simple_item_value_on_the_next_line_and_stop_keyword_are_read()
    {
        var doc = StarReader.Parse("data_x\n_alpha\n3.5\nloop_\n_c\n1\n2\nstop_\n_beta 4\n");
        var block = doc.Block("x");
        Assert.Equal("3.5", block.Value("alpha"));
        Assert.Equal("4", block.Value("beta"));
        Assert.Equal(2, block.Table.RowCount);
    }

    [Theory]
    [InlineData("data_a\nloop_\n_x #1\n_y #2\n1 2\n3\n", 6, "row has 1 values")]
    [InlineData("loop_\n_x\n1\n", 1, "before the first data_")]
    [InlineData("data_a\n_x 'unterminated\n", 2, "not closed")]
    [InlineData("data_a\n\n_x\n", 3, "has no value")]
    [InlineData("data_a\nloop_\n1 2\n", 3, "no column names")]
    [InlineData("data_a\n_x 1 2\n", 2, "simple item takes one")]
    [InlineData("data_a\n7\n", 2, "outside any loop")]
    [InlineData("data_a\n;never closed\nmore\n", 2, "never closed")]
    [InlineData("data_a\nloop_\n_x\n_x\n", 4, "twice")]
    [InlineData("data_a\nsave_frame\n", 2, "not supported")]
    public void Corrupt_star_text_fails_with_the_line_number(string text, int line, string reason)
    {
        var ex = Assert.Throws<StarFormatException>(() => StarReader.Parse(text));
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_numeric_value_asked_for_as_a_number_names_its_line_and_column()
    {
        var doc = StarReader.Parse("data_a\nloop_\n_rlnDefocusU\n100\nabc\n");
        Assert.Equal(100, doc.Block("a").Table.GetDouble(0, "rlnDefocusU"));
        var ex = Assert.Throws<StarFormatException>(() => doc.Block("a").Table.GetDouble(1, "rlnDefocusU"));
        Assert.Equal(5, ex.LineNumber);
        Assert.Contains("rlnDefocusU", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_rejects_a_row_of_the_wrong_width()
    {
        using var text = new StringWriter();
        var writer = new StarWriter(text);
        writer.BeginBlock("a");
        writer.BeginLoop(["x", "y"]);
        Assert.Throws<ArgumentException>(() => writer.WriteRow(["1"]));
    }
}
