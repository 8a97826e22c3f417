//! Tables: a plain renderer that holds one row at a time, for long listings off a terminal, and
//! comfy-table for colour and for fitting a terminal.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{presets, Cell, Color, ColumnConstraint, ContentArrangement, Table as Grid};
use unicode_width::UnicodeWidthStr;

use super::{plain_line, Style};

/// One cell: its text (borrowed where it can be, so a table of 50 000 rows does not copy every
/// field), and a status word to colour it by.
#[derive(Clone)]
pub struct Text<'a> {
    text: Cow<'a, str>,
    status: Option<&'static str>,
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
        }
    }

    /// Any text, coloured as the status word `word` would be.
    pub fn status_colored(text: String, word: &str) -> Self {
        Text {
            text: text.into(),
            status: Text::status(word).status,
        }
    }
}

impl From<String> for Text<'_> {
    fn from(text: String) -> Self {
        Text {
            text: text.into(),
            status: None,
        }
    }
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Self {
        Text {
            text: text.into(),
            status: None,
        }
    }
}

/// Longest text a table cell shows before it is cut with a marker (JSON is never cut).
const MAX_CELL: usize = 80;

/// Columns no wider than this ("critical", "8080", "server") are never wrapped on a terminal.
const SHORT_COLUMN: u16 = 12;

fn cut(text: &str) -> Cow<'_, str> {
    let one_line = plain_line(text.trim());
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
    if style.color || style.fit_terminal {
        styled_table(&mut out, headers, rows.into_iter(), style)?;
    } else {
        plain_table(&mut out, headers, rows.into_iter())?;
    }
    out.flush()
}

/// Columns two spaces apart and flush left, each as wide as its widest cell: what comfy-table
/// writes for [`styled_table`] with neither colour nor fitting, without holding every cell of
/// the table at once, which comfy-table does (README, Performance).
fn plain_table<'a>(
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<Text<'a>>> + Clone,
) -> io::Result<()> {
    let mut widths: Vec<usize> = headers.iter().map(|h| cut(h).width()).collect();
    for row in rows.clone() {
        for (n, cell) in row.iter().enumerate() {
            let width = cut(&cell.text).width();
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
            let cell = cut(cell);
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

/// The table through comfy-table, which colours and fits it to the terminal.
fn styled_table<'a>(
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<Text<'a>>>,
    style: Style,
) -> io::Result<()> {
    let mut grid = Grid::new();
    grid.load_style(presets::NOTHING);
    grid.set_content_arrangement(if style.fit_terminal {
        ContentArrangement::Dynamic
    } else {
        ContentArrangement::Disabled
    });
    // comfy-table learns the width from the terminal only while it believes there is one, so
    // it is told "no terminal" only when the table need not fit one: NO_COLOR on a terminal
    // still fits (no cell is styled, so no colour is written).
    if style.color {
        grid.enforce_styling();
    } else if !style.fit_terminal {
        grid.force_no_tty();
    }
    grid.set_header(headers.iter().map(Cell::new));
    for row in rows {
        grid.add_row(row.into_iter().map(|t| {
            let cell = Cell::new(cut(&t.text));
            match (style.color, t.status) {
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
    // On a narrow terminal the long columns (names, output) wrap; the first column, which
    // names the row (an ID, a node) and is copied in one piece, and short columns such as a
    // status word or a port keep their width.
    // When those cannot all keep their width and leave the others room, the first column
    // wraps too; when even the short ones cannot, comfy-table shares the width as it likes.
    let widths = grid.column_max_content_widths();
    let mut whole: Vec<bool> = (0..widths.len())
        .map(|n| n == 0 || widths[n] <= SHORT_COLUMN)
        .collect();
    let room = usize::from(grid.width().unwrap_or(u16::MAX));
    let needed = |whole: &[bool]| -> usize {
        whole
            .iter()
            .zip(&widths)
            .map(|(keep, w)| if *keep { usize::from(*w) + 2 } else { 10 })
            .sum()
    };
    if needed(&whole) > room && !whole.is_empty() {
        whole[0] = widths[0] <= SHORT_COLUMN;
    }
    if needed(&whole) <= room {
        for (column, keep) in grid.column_iter_mut().zip(&whole) {
            if *keep {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
    }
    for line in grid.lines() {
        writeln!(out, "{}", without_trailing_blanks(&line))?;
    }
    Ok(())
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
            styled_table(&mut out, &headers, varied_rows().into_iter(), style).unwrap();
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
