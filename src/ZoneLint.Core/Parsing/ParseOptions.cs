using ZoneLint.Core.Model;

namespace ZoneLint.Core.Parsing;

/// <summary>How to read a zone file. The defaults are BIND's.</summary>
public sealed class ParseOptions
{
    /// <summary>The origin when the file has no $ORIGIN (for named-checkzone, the zone name argument).</summary>
    public DomainName Origin { get; set; } = DomainName.Root;

    /// <summary>A $TTL to start with, as if the file began with one; null: none (BIND's behaviour).</summary>
    public uint? DefaultTtl { get; set; }

    public ushort DefaultClass { get; set; } = RRClass.IN;

    /// <summary>The folder that $INCLUDE may not leave; null: the folder of the top file.</summary>
    public string? IncludeRoot { get; set; }

    /// <summary>Where files are read from: the disk, the git index, an IDE's buffers.</summary>
    public IZoneFileSystem FileSystem { get; set; } = PhysicalFileSystem.Instance;

    public int MaxIncludeDepth { get; set; } = 20;

    /// <summary>The most records one $GENERATE may make.</summary>
    public int MaxGenerateRecords { get; set; } = 65536;
}
