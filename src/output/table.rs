//! Tables: a plain renderer that holds one row at a time, for long listings off a terminal, and
//! comfy-table for colour and for fitting a terminal.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{
    presets, Cell, Color, ColumnConstraint, ContentArrangement, Table as Grid, Width,
};
use unicode_width::UnicodeWidthStr;

use super::{plain_line, Style};

/// One cell: its text (borrowed where it can be, so a table of 50 000 rows does not copy every
/// field), a status word to colour it by, and whether it is free text.
#[derive(Clone)]
pub struct Text<'a> {
    text: Cow<'a, str>,
    status: Option<&'static str>,
    /// Prose such as a check's output: on a terminal it may wrap anywhere and is cut when long.
    /// Anything else (IDs, names, addresses) wraps only between words and is never cut.
    free_text: bool,
}

impl<'a> Text<'a> {
    pub fn status(word: &'a str) -> Self {
        let status = match word {
            "passing" | "alive" => Some("green"),
            "warning" | "leaving" => Some("yellow"),
            "critical" | "failed" => Some("red"),
            _ => None,
        };
        Text {
            text: word.into(),
            status,
            free_text: false,
        }
    }

    /// Free text, such as a check's output or notes.
    pub fn free_text(text: impl Into<Cow<'a, str>>) -> Self {
        Text {
            text: text.into(),
            status: None,
            free_text: true,
        }
    }

    /// Any text, coloured as the status word `word` would be.
    pub fn status_colored(text: String, word: &str) -> Self {
        Text {
            text: text.into(),
            status: Text::status(word).status,
            free_text: false,
        }
    }
}

impl From<String> for Text<'_> {
    fn from(text: String) -> Self {
        Text {
            text: text.into(),
            status: None,
            free_text: false,
        }
    }
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Self {
        Text {
            text: text.into(),
            status: None,
            free_text: false,
        }
    }
}

/// Longest free text (a check's output) a cell shows on a terminal before it is cut with a
/// marker. Off a terminal nothing is cut, and JSON is never cut.
const MAX_CELL: usize = 80;

/// A free-text column is given at least this width on a narrow terminal (or its content's,
/// when less, and never less than its header's), so it does not wrap into a ribbon of a few
/// letters a line; below that the table is wider than the terminal.
const MIN_FREE_TEXT: usize = 10;

/// The text as one line that shows as it is (see [`plain_line`]), without outer blanks.
fn one_line(text: &str) -> Cow<'_, str> {
    plain_line(text.trim())
}

/// [`one_line`], cut with a marker after [`MAX_CELL`] characters.
fn cut(text: &str) -> Cow<'_, str> {
    let one_line = one_line(text);
    if one_line.len() <= MAX_CELL || one_line.chars().count() <= MAX_CELL {
        return one_line;
    }
    let kept: String = one_line.chars().take(MAX_CELL - 1).collect();
    format!("{kept}…").into()
}

/// Writes a plain column table (like `consul members`), coloured status words when allowed.
pub fn table(
    out: &mut dyn Write,
    headers: &[&str],
    rows: Vec<Vec<Text>>,
    style: Style,
) -> io::Result<()> {
    table_of(out, headers, rows, style)
}

/// [`table`] for rows made as they are needed, for long listings. `rows` is gone through twice
/// when nothing is coloured or fitted (the usual case off a terminal): once for the column
/// widths, once to write.
pub fn table_of<'a, R>(
    out: &mut dyn Write,
    headers: &[&str],
    rows: R,
    style: Style,
) -> io::Result<()>
where
    R: IntoIterator<Item = Vec<Text<'a>>>,
    R::IntoIter: Clone,
{
    // Buffered: stdout flushes at every line, which is one write per row.
    let mut out = io::BufWriter::with_capacity(64 * 1024, out);
    let width = if style.fit_terminal {
        terminal_width()
    } else {
        None
    };
    if style.color || width.is_some() {
        styled_table(&mut out, headers, rows.into_iter(), style.color, width)?;
    } else {
        plain_table(&mut out, headers, rows.into_iter())?;
    }
    out.flush()
}

/// The width of the terminal on stdout. A terminal that reports 0 columns (`script`, some CI
/// runners, serial consoles) has told nothing, and a table is not fitted to it.
fn terminal_width() -> Option<u16> {
    Grid::new().width().filter(|width| *width > 0)
}

/// Columns two spaces apart and flush left, each as wide as its widest cell: what comfy-table
/// writes for [`styled_table`] with neither colour nor fitting, without holding every cell of
/// the table at once, which comfy-table does (bench/README.md).
fn plain_table<'a>(
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<Text<'a>>> + Clone,
) -> io::Result<()> {
    let mut widths: Vec<usize> = headers.iter().map(|h| one_line(h).width()).collect();
    for row in rows.clone() {
        for (n, cell) in row.iter().enumerate() {
            let width = one_line(&cell.text).width();
            match widths.get_mut(n) {
                Some(w) => *w = (*w).max(width),
                None => widths.push(width),
            }
        }
    }
    let mut line = String::new();
    let mut write_line = |cells: &mut dyn Iterator<Item = &str>| {
        line.clear();
        for (cell, width) in cells.zip(&widths) {
            let cell = one_line(cell);
            line.push_str(&cell);
            line.extend(std::iter::repeat_n(' ', width - cell.width() + 2));
        }
        writeln!(out, "{}", line.trim_end())
    };
    write_line(&mut headers.iter().copied())?;
    for row in rows {
        write_line(&mut row.iter().map(|t| t.text.as_ref()))?;
    }
    Ok(())
}

/// The table through comfy-table, coloured when `color`, and fitted to a terminal `width`
/// columns wide when there is one.
fn styled_table<'a>(
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<Text<'a>>>,
    color: bool,
    width: Option<u16>,
) -> io::Result<()> {
    let mut grid = Grid::new();
    grid.load_style(presets::NOTHING);
    // The widths are decided here, from what each column holds, not by comfy-table, which
    // splits any column anywhere.
    grid.set_content_arrangement(ContentArrangement::Disabled);
    grid.force_no_tty();
    if color {
        grid.enforce_styling();
    }
    let headers: Vec<Cow<str>> = headers.iter().map(|h| one_line(h)).collect();
    let mut columns: Vec<ColumnRoom> = headers.iter().map(|h| ColumnRoom::of_header(h)).collect();
    grid.set_header(headers.iter().map(Cell::new));
    for row in rows {
        for (n, cell) in row.iter().enumerate() {
            if n == columns.len() {
                columns.push(ColumnRoom::of_header(""));
            }
            columns[n].free_text |= cell.free_text;
        }
        grid.add_row(row.into_iter().enumerate().map(|(n, t)| {
            let text = if width.is_some() && columns[n].free_text {
                cut(&t.text)
            } else {
                one_line(&t.text)
            };
            columns[n].hold(&text);
            let cell = Cell::new(text);
            match (color, t.status) {
                (true, Some("green")) => cell.fg(Color::Green),
                (true, Some("yellow")) => cell.fg(Color::Yellow),
                (true, Some("red")) => cell.fg(Color::Red),
                _ => cell,
            }
        }));
    }
    // Columns two spaces apart and flush left, like `consul members`.
    for column in grid.column_iter_mut() {
        column.set_padding((0, 2));
    }
    if let Some(width) = width {
        let widths = fitted_widths(&columns, usize::from(width));
        for (column, (room, width)) in grid.column_iter_mut().zip(columns.iter().zip(widths)) {
            if width < room.widest {
                let with_padding = u16::try_from(width + 2).unwrap_or(u16::MAX);
                column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(with_padding)));
            }
        }
    }
    for line in grid.lines() {
        writeln!(out, "{}", without_trailing_blanks(&line))?;
    }
    Ok(())
}

/// What a column needs on a terminal: its widest cell, and the least it can have. A column of
/// identifiers and names (IDs, nodes, statuses, addresses) may wrap only between words, so it
/// is never narrower than its longest word; free text (a check's output) may wrap anywhere. A
/// header is never split.
struct ColumnRoom {
    widest: usize,
    longest_word: usize,
    header: usize,
    free_text: bool,
}

impl ColumnRoom {
    fn of_header(header: &str) -> Self {
        let width = header.width();
        ColumnRoom {
            widest: width,
            longest_word: width,
            header: width,
            free_text: false,
        }
    }

    fn hold(&mut self, text: &str) {
        self.widest = self.widest.max(text.width());
        let longest = text.split(' ').map(|word| word.width()).max().unwrap_or(0);
        self.longest_word = self.longest_word.max(longest);
    }

    fn least(&self) -> usize {
        if self.free_text {
            self.header.max(self.widest.min(MIN_FREE_TEXT))
        } else {
            self.longest_word
        }
    }
}

/// Each column's width on a terminal `room` columns wide (two spaces between columns, none after
/// the last). The room left after the least widths goes first to the identifier columns, so a
/// name stays on one line, then to the free text. When even the least widths do not fit, the
/// terminal wraps every line whatever is done, and wrapping cells as well would only add lines:
/// each column keeps its width, and a row stays one line.
fn fitted_widths(columns: &[ColumnRoom], room: usize) -> Vec<usize> {
    let line_width = |widths: &[usize]| widths.iter().map(|w| w + 2).sum::<usize>() - 2;
    let widest: Vec<usize> = columns.iter().map(|c| c.widest).collect();
    if columns.is_empty() || line_width(&widest) <= room {
        return widest;
    }
    let mut widths: Vec<usize> = columns.iter().map(ColumnRoom::least).collect();
    if line_width(&widths) > room {
        return widest;
    }
    let mut left = room - line_width(&widths);
    for free_text in [false, true] {
        for (width, column) in widths.iter_mut().zip(columns) {
            if column.free_text == free_text {
                let more = (column.widest - *width).min(left);
                *width += more;
                left -= more;
            }
        }
    }
    widths
}

/// A line without the blanks at its end, also where a coloured last cell holds them: comfy-table
/// colours a cell's padding too, so they come before the sequence that ends the colour.
fn without_trailing_blanks(line: &str) -> Cow<'_, str> {
    const END_COLOUR: &str = "\x1b[39m";
    let line = line.trim_end();
    match line.strip_suffix(END_COLOUR) {
        Some(coloured) => format!("{}{END_COLOUR}", coloured.trim_end()).into(),
        None => line.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::fields;

    const PLAIN: Style = Style {
        color: false,
        pretty_json: false,
        fit_terminal: false,
    };

    /// Rows of every kind a table meets: wide characters, escapes, empty cells, a short row,
    /// a long output.
    fn varied_rows() -> Vec<Vec<Text<'static>>> {
        vec![
            vec![
                Text::from("web-1"),
                Text::status("passing"),
                Text::from("café ✓ 漢字"),
            ],
            vec![
                Text::from("db"),
                Text::status("critical"),
                Text::from("line\nbreak \u{1b}[31m".to_string()),
            ],
            vec![Text::from(""), Text::status("warning"), Text::from("")],
            vec![Text::from("short-row")],
            vec![
                Text::from("backup"),
                Text::status("maintenance"),
                Text::from("word ".repeat(40)),
            ],
        ]
    }

    fn rendered(style: Style, plain: bool) -> String {
        let mut out = Vec::new();
        let headers = ["ID", "Status", "Output"];
        if plain {
            plain_table(&mut out, &headers, varied_rows().into_iter()).unwrap();
        } else {
            styled_table(
                &mut out,
                &headers,
                varied_rows().into_iter(),
                style.color,
                None,
            )
            .unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    /// Text without colour sequences.
    fn uncoloured(text: &str) -> String {
        let mut plain = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                chars.by_ref().find(char::is_ascii_alphabetic);
            } else {
                plain.push(c);
            }
        }
        plain
    }

    /// The plain renderer is the styled one without colour, held one row at a time: the same
    /// rows give the same cells, in the same places.
    #[test]
    fn plain_and_styled_tables_print_the_same_cells() {
        let plain = rendered(PLAIN, true);
        assert_eq!(rendered(PLAIN, false), plain);
        let coloured = rendered(
            Style {
                color: true,
                ..PLAIN
            },
            false,
        );
        assert!(coloured.contains("\x1b["), "{coloured}");
        assert_eq!(uncoloured(&coloured), plain);
        assert_eq!(plain.lines().count(), 6, "{plain}");
        assert!(
            plain.starts_with("ID         Status       Output\n"),
            "{plain}"
        );
    }

    /// A `check list` as a narrow terminal shows it: every identifier, name word and header
    /// whole on some line, free text wrapped in its column, no line wider than the terminal
    /// when the identifiers leave room, and a row on one line when they do not.
    #[test]
    fn on_a_terminal_only_free_text_splits_mid_word() {
        let headers = ["Node", "ID", "Name", "Status", "Service", "Output"];
        let rows = || {
            vec![
                vec![
                    Text::from("node-a"),
                    Text::from("backup"),
                    Text::from("nightly backup of ${name.suffix}"),
                    Text::status("critical"),
                    Text::from(""),
                    Text::free_text("exit status 3: ".to_string() + &"disk-full ".repeat(12)),
                ],
                vec![
                    Text::from("node-a"),
                    Text::from("service:api-1"),
                    Text::from("Service 'api' check"),
                    Text::status("passing"),
                    Text::from("api-1"),
                    Text::free_text("HTTP GET http://127.0.0.1:18090/health: 200 OK"),
                ],
            ]
        };
        let identifiers = [
            "node-a",
            "backup",
            "${name.suffix}",
            "critical",
            "service:api-1",
            "'api'",
            "api-1",
            "passing",
        ];
        for width in 40..=100u16 {
            let mut out = Vec::new();
            styled_table(&mut out, &headers, rows().into_iter(), false, Some(width)).unwrap();
            let shown = String::from_utf8(out).unwrap();
            let words: Vec<&str> = shown.split_whitespace().collect();
            for whole in identifiers.iter().chain(&headers) {
                assert!(words.contains(whole), "{width}: {whole} split:\n{shown}");
            }
            assert!(shown.lines().next().unwrap().starts_with("Node"), "{shown}");
            // The other columns need 58 columns with their spacing; from there on it fits.
            if width >= 58 + MIN_FREE_TEXT as u16 {
                for line in shown.lines() {
                    assert!(line.width() <= usize::from(width), "{width}:\n{shown}");
                }
            } else {
                assert_eq!(shown.lines().count(), 3, "{width}:\n{shown}");
                assert!(shown.contains('…'), "free text is still cut:\n{shown}");
            }
        }
    }

    #[test]
    fn least_widths_keep_words_and_headers_whole() {
        let mut id = ColumnRoom::of_header("ID");
        id.hold("a-long-identifier");
        let mut name = ColumnRoom::of_header("Name");
        name.hold("a name of words");
        let mut output = ColumnRoom::of_header("Output");
        output.free_text = true;
        output.hold(&"x".repeat(70));
        let columns = [id, name, output];
        assert_eq!(fitted_widths(&columns, 200), [17, 15, 70]);
        assert_eq!(fitted_widths(&columns, 60), [17, 15, 24]);
        assert_eq!(fitted_widths(&columns, 50), [17, 15, 14]);
        assert_eq!(fitted_widths(&columns, 36), [17, 5, 10]);
        assert_eq!(
            fitted_widths(&columns, 35),
            [17, 15, 70],
            "a row stays one line"
        );
    }

    /// Off a terminal nothing is cut: `check list | grep` sees the whole output.
    #[test]
    fn off_a_terminal_free_text_is_whole() {
        let long = "word ".repeat(40);
        for color in [false, true] {
            let mut out = Vec::new();
            let rows = vec![vec![Text::from("backup"), Text::free_text(long.as_str())]];
            let style = Style { color, ..PLAIN };
            table(&mut out, &["ID", "Output"], rows, style).unwrap();
            let shown = String::from_utf8(out).unwrap();
            assert!(
                shown.ends_with(&format!("backup  {}\n", long.trim_end())),
                "{shown}"
            );
            assert_eq!(shown.lines().count(), 2);
        }
    }

    #[test]
    fn table_is_plain_columns_without_colour() {
        let mut out = Vec::new();
        let rows = vec![vec![Text::from("web"), Text::status("passing")]];
        table(&mut out, &["ID", "Status"], rows, PLAIN).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains('\x1b'));
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].contains("ID") && lines[1].contains("passing"));
    }

    #[test]
    fn colour_marks_status_words_only_when_asked() {
        let mut out = Vec::new();
        let style = Style {
            color: true,
            ..PLAIN
        };
        table(
            &mut out,
            &["Status"],
            vec![vec![Text::status("critical")]],
            style,
        )
        .unwrap();
        assert!(String::from_utf8(out).unwrap().contains("\x1b["));
    }

    #[test]
    fn long_cells_are_cut_with_a_marker() {
        let long = "x".repeat(500);
        assert_eq!(cut(&long).chars().count(), MAX_CELL);
        assert!(cut(&long).ends_with('…'));
        assert_eq!(cut("a\nb"), "a b");
    }

    #[test]
    fn terminal_escapes_from_consul_are_written_out_in_tables_and_fields() {
        assert_eq!(cut("\u{1b}[31mred\u{1b}[0m"), "\\u{1b}[31mred\\u{1b}[0m");
        assert_eq!(cut("bell\u{7}\u{9b}2J"), "bell\\u{7}\\u{9b}2J");
        assert_eq!(cut("café ✓ …"), "café ✓ …");
        assert_eq!(cut("user\u{202e}gpj.exe"), "user\\u{202e}gpj.exe");
        let mut out = Vec::new();
        fields(&mut out, &[("Meta", "a\nb\u{1b}]0;x".to_string())]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "Meta  a b\\u{1b}]0;x\n");
    }
}
