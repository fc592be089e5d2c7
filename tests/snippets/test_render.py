"""Literal filling: values are text, never parsed again; unfilled placeholders stay visible."""

from __future__ import annotations

from ozon_assistant.snippets.render import placeholder_names, render


def test_values_go_in_and_the_cursor_lands_on_the_marker() -> None:
    r = render("Здравствуйте, {buyer_name}! {|}Заказ {order_number} в пути.",
               {"buyer_name": "Анна", "order_number": "123"})
    assert r.text == "Здравствуйте, Анна! Заказ 123 в пути."
    assert r.text[r.cursor:].startswith("Заказ 123")
    assert [f.state for f in r.fields] == ["value", "value"]
    assert r.text[r.fields[1].start : r.fields[1].end] == "123"


def test_cursor_defaults_to_the_end() -> None:
    r = render("Hello, {name}.", {"name": "Anna"})
    assert r.cursor == len(r.text)


def test_a_value_with_braces_stays_text() -> None:
    r = render("Order {order_number}.", {"order_number": "{0.__class__} {{x}} {|}"})
    assert r.text == "Order {0.__class__} {{x}} {|}."
    assert r.cursor == len(r.text)


def test_a_value_naming_another_placeholder_is_not_substituted_again() -> None:
    r = render("{a} and {b}", {"a": "{b}", "b": "B"})
    assert r.text == "{b} and B"


def test_the_same_placeholder_twice_is_filled_twice() -> None:
    assert render("{x}-{x}", {"x": "1"}).text == "1-1"


def test_unknown_and_unfilled_placeholders_stay_visible() -> None:
    r = render("Dear {buyer_name}, order {order_number}.", {"order_numbr": "5"})
    assert r.text == "Dear {buyer_name}, order {order_number}."
    assert r.unfilled == ["buyer_name", "order_number"]


def test_blank_value_counts_as_unfilled() -> None:
    assert render("Order {n}.", {"n": "   "}).text == "Order {n}."


def test_text_fallback_is_used_for_an_empty_value() -> None:
    r = render("С уважением, {shop_name}", {}, {"shop_name": "команда магазина"})
    assert r.text == "С уважением, команда магазина"
    assert r.fields[0].state == "fallback"


def test_empty_fallback_drops_the_part_and_its_separator() -> None:
    fb = {"buyer_name": ""}
    assert render("Здравствуйте, {buyer_name}!", {}, fb).text == "Здравствуйте!"
    assert render("Hello {buyer_name}, thanks", {}, fb).text == "Hello, thanks"
    assert render("{buyer_name}, hello", {}, fb).text == "hello"
    assert render("您好，{buyer_name}！", {}, fb).text == "您好！"  # the zh gloss too
    assert render("Здравствуйте, {buyer_name}!", {"buyer_name": "Анна"}, fb).text == "Здравствуйте, Анна!"


def test_escaped_braces_are_literal() -> None:
    r = render("Код {{акции}} и {{name}} и }} {n}", {"n": "1", "name": "X"})
    assert r.text == "Код {акции} и {name} и } 1"
    assert placeholder_names("Код {{акции}} {n} {|} {n} {m}") == ["n", "m"]


def test_lone_braces_and_non_names_stay_as_written() -> None:
    assert render("a { b } {not a name} {}", {}).text == "a { b } {not a name} {}"


def test_cursor_before_a_dropped_part_stays_inside_the_text() -> None:
    r = render("Hi {|} {buyer_name}", {}, {"buyer_name": ""})
    assert r.text == "Hi"
    assert 0 <= r.cursor <= len(r.text)
