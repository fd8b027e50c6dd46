//! A screen's list selection, kept by what it points at (a delegation, a
//! decision's id, a text) rather than by row number, so that rows added by
//! another terminal above it do not move it to another text. The
//! `TableState` beside it keeps the scroll between frames, and a click is
//! mapped through its offset.
//!
//! The rows of a screen come as an `Arc<Vec<K>>` made once per state: the
//! selection finds its row again only when that list is a new one, so a frame
//! of an unchanged state costs nothing here.

use crate::domain::State;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::TableState;
use std::cell::RefCell;
use std::sync::Arc;

/// How far the page keys move.
pub const PAGE: isize = 10;

pub struct Selection<K> {
    inner: RefCell<Inner<K>>,
}

struct Inner<K> {
    /// What the selection points at.
    pick: Option<K>,
    /// The selected row and the first row in view.
    table: TableState,
    /// The rows `table` was last matched to.
    rows: Option<Arc<Vec<K>>>,
    /// Where the rows were last drawn (without the header), for clicks.
    body: Option<Rect>,
}

impl<K> Default for Selection<K> {
    fn default() -> Self {
        Selection {
            inner: RefCell::new(Inner {
                pick: None,
                table: TableState::default(),
                rows: None,
                body: None,
            }),
        }
    }
}

impl<K: Clone + PartialEq> Selection<K> {
    /// The row selected in `rows`: the one the selection points at, or, if
    /// it is gone, the row nearest to where it was.
    pub fn index(&self, rows: &Arc<Vec<K>>) -> Option<usize> {
        let mut inner = self.inner.borrow_mut();
        inner.matched(rows)
    }

    /// What the selection points at in `rows`.
    pub fn selected(&self, rows: &Arc<Vec<K>>) -> Option<K> {
        let i = self.index(rows)?;
        rows.get(i).cloned()
    }

    /// Moves the selection by `delta` rows, within the list.
    pub fn move_by(&self, rows: &Arc<Vec<K>>, delta: isize) {
        let mut inner = self.inner.borrow_mut();
        let Some(at) = inner.matched(rows) else {
            return;
        };
        let to = at.saturating_add_signed(delta).min(rows.len() - 1);
        inner.select(rows, to);
    }

    /// Selects a row by its place, if there is one.
    pub fn select_index(&self, rows: &Arc<Vec<K>>, at: usize) {
        if at < rows.len() {
            let mut inner = self.inner.borrow_mut();
            inner.select(rows, at);
        }
    }

    /// Selects what `key` is, if it is in the rows; otherwise keeps the selection.
    pub fn select_key(&self, rows: &Arc<Vec<K>>, key: &K) {
        if let Some(at) = rows.iter().position(|k| k == key) {
            self.select_index(rows, at);
        }
    }

    /// Forgets what was selected: the first row is selected next.
    pub fn reset(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.pick = None;
        inner.rows = None;
        inner.table = TableState::default();
    }

    /// The rows in view when `height` rows fit, as a range of `rows`, and the
    /// selected row: the first row in view stays where it was unless the
    /// selection left the view (as ratatui's `Table` scrolls). Noted for clicks.
    pub fn window(&self, rows: &Arc<Vec<K>>, body: Rect) -> (std::ops::Range<usize>, Option<usize>) {
        let mut inner = self.inner.borrow_mut();
        let selected = inner.matched(rows);
        let height = usize::from(body.height);
        let mut offset = inner.table.offset().min(rows.len().saturating_sub(1));
        if let Some(sel) = selected {
            if sel < offset {
                offset = sel;
            } else if height > 0 && sel >= offset + height {
                offset = sel + 1 - height;
            }
        }
        // No empty rows below the last one while earlier rows would fit.
        offset = offset.min(rows.len().saturating_sub(height));
        *inner.table.offset_mut() = offset;
        inner.body = Some(body);
        (offset..(offset + height).min(rows.len()), selected)
    }

    /// A click at `at`: the row under the pointer is selected, counting the
    /// rows scrolled out of view. `true` if a row was hit.
    pub fn click(&self, rows: &Arc<Vec<K>>, at: Position) -> bool {
        let mut inner = self.inner.borrow_mut();
        let Some(body) = inner.body else {
            return false;
        };
        if !body.contains(at) {
            return false;
        }
        let row = inner.table.offset() + usize::from(at.y - body.y);
        if row >= rows.len() {
            return false;
        }
        inner.select(rows, row);
        true
    }

    /// The first row in view, as last drawn.
    pub fn offset(&self) -> usize {
        self.inner.borrow().table.offset()
    }
}

impl<K: Clone + PartialEq> Inner<K> {
    fn matched(&mut self, rows: &Arc<Vec<K>>) -> Option<usize> {
        if rows.is_empty() {
            self.table.select(None);
            self.rows = Some(rows.clone());
            return None;
        }
        if self.rows.as_ref().is_some_and(|r| Arc::ptr_eq(r, rows))
            && let Some(at) = self.table.selected()
        {
            return Some(at);
        }
        let found = self.pick.as_ref().and_then(|p| rows.iter().position(|k| k == p));
        let at = found.unwrap_or_else(|| self.table.selected().unwrap_or(0).min(rows.len() - 1));
        self.select(rows, at);
        Some(at)
    }

    fn select(&mut self, rows: &Arc<Vec<K>>, at: usize) {
        self.table.select(Some(at));
        self.pick = rows.get(at).cloned();
        self.rows = Some(rows.clone());
    }
}

/// A list made from a state once, kept until the state (or what else it
/// depends on, such as a filter) changes. The state itself is held, not its
/// address, so that a new state can never be taken for the old one.
pub struct RowCache<K> {
    cache: RefCell<Option<Made<K>>>,
}

struct Made<K> {
    state: Arc<State>,
    extra: String,
    rows: Arc<Vec<K>>,
}

impl<K> Default for RowCache<K> {
    fn default() -> Self {
        RowCache {
            cache: RefCell::new(None),
        }
    }
}

impl<K> RowCache<K> {
    /// The rows for `state` and `extra` (a filter, say), made by `make` if
    /// they were made for others.
    pub fn get(&self, state: &Arc<State>, extra: &str, make: impl FnOnce() -> Vec<K>) -> Arc<Vec<K>> {
        let mut cache = self.cache.borrow_mut();
        if let Some(made) = cache.as_ref()
            && Arc::ptr_eq(&made.state, state)
            && made.extra == extra
        {
            return made.rows.clone();
        }
        let rows = Arc::new(make());
        *cache = Some(Made {
            state: state.clone(),
            extra: extra.to_string(),
            rows: rows.clone(),
        });
        rows
    }

    /// Rows made elsewhere (on the store thread) for a state.
    pub fn offer(&self, state: &Arc<State>, extra: &str, rows: Arc<Vec<K>>) {
        *self.cache.borrow_mut() = Some(Made {
            state: state.clone(),
            extra: extra.to_string(),
            rows,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(v: &[&str]) -> Arc<Vec<String>> {
        Arc::new(v.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn the_selection_follows_its_row_when_rows_are_added_above() {
        let s = Selection::default();
        let before = rows(&["a", "b", "c"]);
        s.select_index(&before, 1);
        let after = rows(&["x", "y", "a", "b", "c"]);
        assert_eq!(s.selected(&after).as_deref(), Some("b"));
        assert_eq!(s.index(&after), Some(3));
    }

    #[test]
    fn a_removed_row_leaves_the_selection_nearby() {
        let s = Selection::default();
        let before = rows(&["a", "b", "c"]);
        s.select_index(&before, 2);
        let after = rows(&["a", "b"]);
        assert_eq!(s.selected(&after).as_deref(), Some("b"));
    }

    #[test]
    fn a_click_counts_the_rows_scrolled_out_of_view() {
        let s = Selection::default();
        let list: Arc<Vec<String>> = Arc::new((0..50).map(|i| i.to_string()).collect());
        s.select_index(&list, 30);
        let body = Rect::new(0, 5, 20, 10);
        let (range, sel) = s.window(&list, body);
        assert_eq!(range, 21..31);
        assert_eq!(sel, Some(30));
        assert!(s.click(&list, Position::new(3, 7)));
        assert_eq!(s.selected(&list).as_deref(), Some("23"));
        // Outside the rows: nothing changes.
        assert!(!s.click(&list, Position::new(3, 4)));
        assert_eq!(s.selected(&list).as_deref(), Some("23"));
    }

    #[test]
    fn moving_stays_within_the_list() {
        let s = Selection::default();
        let list = rows(&["a", "b", "c"]);
        s.move_by(&list, -5);
        assert_eq!(s.selected(&list).as_deref(), Some("a"));
        s.move_by(&list, 10);
        assert_eq!(s.selected(&list).as_deref(), Some("c"));
        let empty = rows(&[]);
        s.move_by(&empty, 1);
        assert_eq!(s.selected(&empty), None);
    }
}
