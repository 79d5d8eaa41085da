-- Drives Neovim's built-in LSP client against `fabric lsp`, after the configuration of
-- docs/editors.md has been loaded, as a user would: open files, ask for hover, definition,
-- references, completion, rename, formatting and a code action, and write files.
-- Writes what it saw as JSON to $FABRIC_NVIM_RESULT; NeovimIT judges it. Works on Neovim 0.7+.
local result = { steps = {} }
local TIMEOUT = 20000

local function save_and_quit(status)
  local file = io.open(os.getenv("FABRIC_NVIM_RESULT"), "w")
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd(status == 0 and "qall!" or "cquit!")
end

local function client_of(buf)
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
  for _, c in pairs(clients) do
    return c
  end
  return nil
end

-- Opens a file (so the FileType autocommand of the configuration starts or attaches the
-- server) and waits until the client is attached and has initialized.
local function open(path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  local ok = vim.wait(TIMEOUT, function()
    local c = client_of(buf)
    return c ~= nil and c.initialized
  end, 50)
  assert(ok, "no fabric-lint client attached to " .. path)
  return buf
end

local function line_of(buf, pattern, after)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if i > (after or 0) and l:find(pattern) then
      return i
    end
  end
  error("no line matching " .. pattern)
end

-- Puts the cursor on the first `word` of line `lnum` (1-based) and returns LSP position params.
local function cursor_on(buf, lnum, word)
  local line = vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1]
  local col = assert(line:find(word, 1, true), word .. " on line " .. lnum)
  vim.api.nvim_win_set_cursor(0, { lnum, col - 1 })
  return vim.lsp.util.make_position_params()
end

local function request(buf, method, params)
  local responses = vim.lsp.buf_request_sync(buf, method, params, TIMEOUT)
  assert(responses, method .. " timed out")
  for _, r in pairs(responses) do
    local err = r.err or r.error
    assert(not err, method .. ": " .. vim.inspect(err))
    return r.result
  end
end

local function diagnostics(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, { line = d.lnum + 1, severity = d.severity, code = d.code, message = d.message })
  end
  return out
end

local function where(location)
  local uri = location.uri or location.targetUri
  local range = location.range or location.targetSelectionRange
  return { file = vim.fn.fnamemodify(vim.uri_to_fname(uri), ":t"), line = range.start.line + 1 }
end

local function step(name, run)
  local ok, err = pcall(run)
  if not ok then
    result.steps[name] = { error = tostring(err) }
    result.failed = true
    pcall(vim.cmd, "edit!") -- drop a half-done change, so that no later :wall writes it
  end
end

local root = assert(os.getenv("FABRIC_NVIM_WORKSPACE"))
local seed_path = root .. "/seed-1024-gpu-pod.fabric"

step("diagnostics", function()
  local buf = open(seed_path)
  local ok = vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  assert(ok, "no diagnostics for the seed design")
  vim.wait(500) -- one publication holds them all; let any later one arrive
  result.root_dir = client_of(buf).config.root_dir
  result.steps.diagnostics = diagnostics(buf)
end)

step("hover", function()
  local buf = open(seed_path)
  local hover = request(buf, "textDocument/hover", cursor_on(buf, line_of(buf, "^tier gpu {"), "gpu"))
  result.steps.hover = hover and hover.contents and (hover.contents.value or hover.contents) or vim.NIL
end)

step("completion", function()
  local buf = open(seed_path)
  local lnum = line_of(buf, "^  module QDD%-800G%-DR8$")
  vim.api.nvim_buf_set_lines(buf, lnum - 1, lnum, false, { "  module QDD-8" })
  vim.api.nvim_win_set_cursor(0, { lnum, #"  module QDD-8" })
  local answer = request(buf, "textDocument/completion", vim.lsp.util.make_position_params())
  local labels, shown = {}, {}
  for _, item in ipairs(answer.items or answer) do
    table.insert(labels, item.label)
  end
  -- What the omnifunc (<C-x><C-o>) lists: the items that start with the word before the cursor.
  for _, item in ipairs(vim.lsp.util.text_document_completion_list_to_complete_items(answer, "QDD-8")) do
    table.insert(shown, item.word)
  end
  result.steps.completion = { labels = labels, shown = shown }
  vim.cmd("edit!") -- back to the file as it is on disk
end)

step("code_action", function()
  local buf = open(seed_path)
  local lnum = line_of(buf, "^  fiber OS2$", line_of(buf, "^link leaf%.up"))
  vim.api.nvim_buf_set_lines(buf, lnum - 1, lnum, false, { "  fiber OM4" })
  local ok = vim.wait(TIMEOUT, function()
    for _, d in ipairs(vim.diagnostic.get(buf, { lnum = lnum - 1 })) do
      if d.code == "FAB102" then return true end
    end
    return false
  end, 50)
  assert(ok, "no FAB102 on the changed line")
  local params = cursor_on(buf, lnum, "OM4")
  params.range = { start = params.position, ["end"] = params.position }
  -- The line's diagnostics in LSP form, as vim.lsp.buf.code_action() sends them.
  local on_line
  if vim.lsp.diagnostic.get_line_diagnostics then
    on_line = vim.lsp.diagnostic.get_line_diagnostics(buf, lnum - 1)
  else
    on_line = {}
    for _, d in ipairs(vim.diagnostic.get(buf, { lnum = lnum - 1 })) do
      table.insert(on_line, {
        range = { start = { line = d.lnum, character = d.col }, ["end"] = { line = d.end_lnum, character = d.end_col } },
        severity = d.severity, message = d.message, source = d.source, code = d.code,
      })
    end
  end
  params.context = { diagnostics = on_line }
  local actions = request(buf, "textDocument/codeAction", params) or {}
  local titles, chosen = {}, nil
  for _, a in ipairs(actions) do
    table.insert(titles, a.title)
    if a.title:find("fiber OS2", 1, true) then chosen = a end
  end
  assert(chosen and chosen.edit, "no fix with an edit among " .. vim.inspect(titles))
  vim.lsp.util.apply_workspace_edit(chosen.edit, client_of(buf).offset_encoding)
  result.steps.code_action = { titles = titles, line = vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1] }
  vim.cmd("edit!")
end)

step("formatting", function()
  local buf = open(root .. "/messy-layout.fabric")
  if vim.lsp.buf.format then
    vim.lsp.buf.format({ async = false, timeout_ms = TIMEOUT })
  else
    vim.lsp.buf.formatting_sync(nil, TIMEOUT)
  end
  vim.cmd("write")
  result.steps.formatting = true
end)

step("definition", function()
  local buf = open(root .. "/site/main.fabric")
  local lnum = line_of(buf, "module Q112%-400G%-DR4 %-> ACME%-800G%-DR8$")
  local answer = request(buf, "textDocument/definition", cursor_on(buf, lnum, "ACME-800G-DR8"))
  local locations = answer.uri and { answer } or answer
  result.steps.definition = where(locations[1])
end)

step("references", function()
  local buf = open(root .. "/site/main.fabric")
  local lnum = line_of(buf, "module Q112%-400G%-DR4 %-> ACME%-800G%-DR8$")
  local params = cursor_on(buf, lnum, "ACME-800G-DR8")
  params.context = { includeDeclaration = true }
  local found = {}
  for _, l in ipairs(request(buf, "textDocument/references", params) or {}) do
    table.insert(found, where(l))
  end
  result.steps.references = found
end)

step("rename", function()
  local buf = open(root .. "/site/main.fabric")
  local lnum = line_of(buf, "module Q112%-400G%-DR4 %-> ACME%-800G%-DR8$")
  cursor_on(buf, lnum, "ACME-800G-DR8")
  vim.lsp.buf.rename("ACME-800G-DR8X")
  local ok = vim.wait(TIMEOUT, function()
    return vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1]:find("ACME-800G-DR8X", 1, true) ~= nil
  end, 50)
  assert(ok, "the rename did not change main.fabric")
  vim.cmd("wall") -- the rename also changed optics.fabric, in a buffer of its own
  result.steps.rename = true
end)

save_and_quit(result.failed and 1 or 0)
