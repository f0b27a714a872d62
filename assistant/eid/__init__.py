"""Live eID: the AusweisApp SDK protocol, its transport and the practice card.

Stable interface for the PIN-change workflow (``assistant.eid.workflow``) and the eID screens
(``assistant.ui.eid``). Everything here except ``client_qt`` is Qt-free. Details: docs/eid.md.

Messages — ``assistant.eid.messages`` (Qt-free)
    ``parse(text) -> Message | ProtocolError`` never raises. ``ProtocolError(kind, detail, field)``
    with kind ``not-json`` | ``not-object`` | ``no-msg`` | ``bad-field``. Unmodelled ``msg`` →
    ``Unknown(msg_type)``. Every message has ``.msg`` (the SDK name) and ``.raw`` (decoded dict).

    ``ReaderInfo(name, attached, insertable, keypad, card: CardInfo | None)``,
    ``CardInfo(retry_counter, deactivated, inoperative)``,
    ``ReaderMessage(reader: ReaderInfo | None, error)``, ``ReaderListMessage(readers: tuple)``
    (level 2 ``readers`` and level 1 ``reader`` both land in ``readers``),
    ``InfoMessage(version, name, version_info)``, ``ApiLevelMessage(current, available, error)``,
    ``StatusMessage(workflow, state, progress)``, ``ChangePinMessage(success: bool | None)``
    (None = just started; ``.started``), ``InsertCardMessage(error)``,
    ``EnterPinMessage`` / ``EnterCanMessage`` / ``EnterPukMessage`` / ``EnterNewPinMessage``
    (all ``EnterMessage(reader, error)``; ``error`` = format error, counter untouched;
    ``.card -> CardState | None``, ``.keypad``), ``InvalidMessage(error)``,
    ``UnknownCommandMessage(error)``, ``BadStateMessage(error)``.

    ``card_state(reader) -> CardState | None``; ``CardState(tries_left, deactivated, inoperative,
    keypad, reader_name)`` with ``.kind`` in ``tries-3`` ``tries-2`` ``tries-1`` ``blocked``
    ``inoperative`` ``deactivated`` (= the ``eid.read-card`` outcomes), ``.needs_can``, ``.blocked``.

    Commands (``Command`` objects; ``repr`` shows ``value=***``): ``get_info()``,
    ``get_api_level()``, ``set_api_level(level)``, ``get_reader_list()``, ``get_reader(name)``,
    ``get_status()``, ``run_change_pin()``, ``set_pin(value=None)``, ``set_new_pin(value=None)``,
    ``set_can(value=None)``, ``set_puk(value=None)`` (value ``str`` or ``Secret``; None for keypad
    readers), ``set_card(name="Simulator")``, ``cancel()``.
    ``Secret(value)``: ``repr``/``str`` ``***``, ``.reveal()``, ``.wipe()``, not picklable.
    ``check_value(cmd, value, keypad=False) -> str | None``: AusweisApp's exact format error
    text (``FORMAT_ERRORS``), to check before sending.

Transport — ``assistant.eid.transport`` (Qt-free) and ``assistant.eid.client_qt`` (Qt)
    ``DEFAULT_URL`` = ``ws://127.0.0.1:24727/eID-Kernel``, ``url_for_port(port)``,
    ``check_url(url) -> (normalised | None, why)``; ``Reason`` constants: ``not-running``,
    ``busy`` (HTTP 429, another program uses AusweisApp), ``closed``, ``refused-address``,
    ``wrong-service`` (something else answers on the port), ``stopped`` (our own ``close()``).

    ``SdkClient(parent=None, *, reconnect_interval=2.0, auto_reconnect=True)``:
    signals ``connected()``, ``disconnected(str reason)``, ``message(object)``,
    ``protocol_error(str)``; methods ``connect_to(url=DEFAULT_URL) -> bool``, ``send(command)
    -> bool``, ``send_raw(text)``, ``retry_now()``, ``close()``; properties ``is_connected``,
    ``url``, ``last_reason``. Reconnects by itself; ``disconnected`` is emitted once per reason.

Practice card — ``assistant.eid.practice_card`` (Qt-free)
    ``PracticeCard(scenario="tries-3", *, port=0, scan_delay=0.3, keypad=None, card_present=None,
    reader_names=None, simulator_reader=True, false_success=False, **card_fields)``;
    ``.start() -> url``, ``.stop()``, ``.url``, ``.port``, ``.running``, context manager;
    ``.remove_card()``, ``.insert_card()``, ``.type_on_keypad(value)``, ``.disconnect_client()``,
    ``.card_state()``, ``.spec`` (``CardSpec``: ``pin``, ``can``, ``puk``, ``transport_pin``,
    ``retry_counter`` … the card started with), ``.user_agents``, ``.refused`` (429 count).
    ``SCENARIOS``: ``tries-3`` ``tries-2`` ``tries-1`` ``blocked``
    ``puk-used-up`` ``inoperative`` ``deactivated`` ``transport-pin`` ``keypad`` ``no-card``
    ``simulator-only``. Practice values: ``PRACTICE_PIN`` 111111, ``PRACTICE_CAN`` 222222,
    ``PRACTICE_PUK`` 3333333333, ``PRACTICE_TRANSPORT_PIN`` 12345.
"""
